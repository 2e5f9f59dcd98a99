/**
 * partnerlint as a Model Context Protocol server (docs/agents.md): five read-only tools and the schema and rules as
 * resources, on the official SDK's low-level server with JSON Schemas for every input and output. What the tools do is
 * tools.ts; this module only declares them and turns their answers into results, an error into a tool error.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  ReadResourceRequestSchema,
  RootsListChangedNotificationSchema,
} from '@modelcontextprotocol/sdk/types.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { STRATEGY_SCHEMA, rules } from '../../core/index';
import type { Locale } from '../../core/index';
import { Roots } from './roots';
import { explainRule, fixStrategy, lintStrategy, newStrategy, readiness, ruleDocs } from './tools';
import type { ToolAnswer, ToolContext } from './tools';
import type { McpOptions } from '../run';

/** Set by the bundler from package.json. */
declare const PARTNERLINT_VERSION: string;

export interface ServerContext extends McpOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  defaultLocale: Locale;
}

const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };

const locale = { type: 'string', enum: ['en', 'ja'], description: "The language of the answer (default: the server's)." };
const source = {
  path: { type: 'string', description: 'A strategy file or a folder (every strategy below it), relative to the first root.' },
  text: { type: 'string', description: 'The text of a strategy, instead of a path.' },
  fileName: { type: 'string', description: 'With text: the name it would have (its configuration is found from there).' },
};
const finding = {
  type: 'object',
  properties: {
    ruleId: { type: 'string' },
    severity: { type: 'string', enum: ['error', 'warning', 'info'] },
    message: { type: 'string' },
    line: { type: 'integer' },
    column: { type: 'integer' },
    endLine: { type: 'integer' },
    endColumn: { type: 'integer' },
    docsUrl: { type: 'string' },
  },
  required: ['ruleId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'docsUrl'],
};
const reason = {
  type: 'object',
  properties: { status: { type: 'string' }, message: { type: 'string' }, ruleId: { type: ['string', 'null'] }, line: { type: ['integer', 'null'] } },
  required: ['status', 'message', 'ruleId', 'line'],
};
const capped = (item: object) => ({
  files: { type: 'array', items: item },
  omittedFiles: { type: 'integer', description: 'Files left out of a large folder (those with findings come first).' },
});
const findings = {
  findings: { type: 'array', items: finding },
  omittedFindings: { type: 'integer', description: 'Findings of the file left out after the first 50.' },
};

export const TOOLS: Tool[] = [
  {
    name: 'lint_strategy',
    title: 'Lint a partner strategy',
    description:
      "Checks partner-strategy.yaml files (a file, a folder, or text) against the format and the rules, as `partnerlint -f json` does: findings with lines and docs links, and each file's readiness verdict.",
    inputSchema: { type: 'object', properties: source },
    outputSchema: {
      type: 'object',
      properties: {
        ...capped({
          type: 'object',
          properties: {
            filePath: { type: 'string' },
            ...findings,
            errorCount: { type: 'integer' },
            warningCount: { type: 'integer' },
            infoCount: { type: 'integer' },
            readiness: { type: ['object', 'null'] },
            error: { type: 'string', description: 'Why the file could not be linted.' },
          },
          required: ['filePath', 'findings', 'errorCount', 'warningCount', 'infoCount', 'readiness'],
        }),
        summary: { type: 'object' },
      },
      required: ['files', 'summary'],
    },
    annotations: { title: 'Lint a partner strategy', ...READ_ONLY },
  },
  {
    name: 'explain_rule',
    title: 'Explain a rule',
    description: 'A rule of partnerlint: its title, why it matters, what to do about its finding, and its documentation page.',
    inputSchema: { type: 'object', properties: { ruleId: { type: 'string', description: 'A rule id, such as ltv-too-low.' }, locale }, required: ['ruleId'] },
    outputSchema: {
      type: 'object',
      properties: {
        ruleId: { type: 'string' },
        title: { type: 'string' },
        defaultSeverity: { type: 'string' },
        rationale: { type: 'string' },
        readinessCheck: { type: ['string', 'null'] },
        whatToDo: { type: 'string' },
        docsUrl: { type: 'string' },
        docs: { type: 'string' },
      },
      required: ['ruleId', 'title', 'defaultSeverity', 'rationale', 'readinessCheck', 'whatToDo', 'docsUrl', 'docs'],
    },
    annotations: { title: 'Explain a rule', ...READ_ONLY },
  },
  {
    name: 'fix_strategy',
    title: 'Apply the safe fixes to a copy',
    description:
      'The text of a strategy with its safe fixes applied (a misspelt key, value or segment id with one close candidate). Writes no file: show the result to the user and edit the file with their approval.',
    inputSchema: { type: 'object', properties: source },
    outputSchema: {
      type: 'object',
      properties: {
        fixedText: { type: 'string' },
        changed: { type: 'boolean' },
        applied: {
          type: 'array',
          items: {
            type: 'object',
            properties: { ruleId: { type: 'string' }, title: { type: 'string' }, replacement: { type: 'string' } },
            required: ['ruleId', 'title', 'replacement'],
          },
        },
      },
      required: ['fixedText', 'changed', 'applied'],
    },
    annotations: { title: 'Apply the safe fixes to a copy', ...READ_ONLY },
  },
  {
    name: 'readiness',
    title: 'Readiness of a partner strategy',
    description:
      'Whether a strategy is ready to start a partner business: the verdict (ready, reconsider, incomplete), each of the seven checks with its reasons, and the findings behind them.',
    inputSchema: { type: 'object', properties: { ...source, locale } },
    outputSchema: {
      type: 'object',
      properties: capped({
        type: 'object',
        properties: {
          filePath: { type: 'string' },
          verdict: { type: ['string', 'null'] },
          verdictLabel: { type: ['string', 'null'] },
          checks: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: { type: 'string' },
                label: { type: 'string' },
                status: { type: 'string' },
                statusLabel: { type: 'string' },
                reasons: { type: 'array', items: reason },
              },
              required: ['id', 'label', 'status', 'statusLabel', 'reasons'],
            },
          },
          otherReasons: { type: 'array', items: reason },
          ...findings,
          error: { type: 'string' },
        },
        required: ['filePath', 'verdict', 'verdictLabel', 'checks', 'otherReasons', 'findings'],
      }),
      required: ['files'],
    },
    annotations: { title: 'Readiness of a partner strategy', ...READ_ONLY },
  },
  {
    name: 'new_strategy',
    title: 'Start a new strategy',
    description: 'A starting partner-strategy.yaml with every section and a comment on what to write in each: start from the format instead of guessing it.',
    inputSchema: { type: 'object', properties: { locale, company: { type: 'string' }, product: { type: 'string' } } },
    outputSchema: { type: 'object', properties: { fileName: { type: 'string' }, text: { type: 'string' } }, required: ['fileName', 'text'] },
    annotations: { title: 'Start a new strategy', ...READ_ONLY },
  },
];

const RUNS: Record<string, (input: Record<string, unknown>, context: ToolContext) => ToolAnswer | Promise<ToolAnswer>> = {
  lint_strategy: lintStrategy,
  explain_rule: explainRule,
  fix_strategy: fixStrategy,
  readiness,
  new_strategy: newStrategy,
};

const SCHEMA_URI = 'partnerlint://schema/partner-strategy';
const RULES_URI = 'partnerlint://rules';

export function createServer(context: ServerContext): Server {
  const server = new Server(
    { name: 'partnerlint', title: 'partnerlint', version: PARTNERLINT_VERSION },
    {
      capabilities: { tools: {}, resources: {} },
      instructions:
        "partnerlint checks partner strategies written as partner-strategy.yaml. Before writing one, call new_strategy; after each draft, call lint_strategy or readiness and explain the findings in the author's language; fix_strategy proposes safe fixes without writing files.",
    },
  );
  const roots = new Roots(context.cwd, async () => {
    if (!server.getClientCapabilities()?.roots) return 'none';
    const { roots: given } = await server.listRoots(undefined, { timeout: 10_000 });
    return given.map((root) => root.uri);
  });
  const tools: ToolContext = { ...context, roots };
  server.setNotificationHandler(RootsListChangedNotificationSchema, () => roots.changed());
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: TOOLS }));
  server.setRequestHandler(CallToolRequestSchema, async (request): Promise<CallToolResult> => {
    const runTool = Object.hasOwn(RUNS, request.params.name) ? RUNS[request.params.name] : undefined;
    if (!runTool) return { isError: true, content: [{ type: 'text', text: `unknown tool '${request.params.name}'` }] };
    let answer: ToolAnswer;
    try {
      answer = await runTool(request.params.arguments ?? {}, tools);
    } catch (error) {
      // A bug of ours is the tool's error, never the server's end.
      answer = { error: `internal error: ${error instanceof Error ? error.message : String(error)}` };
    }
    if ('error' in answer) return { isError: true, content: [{ type: 'text', text: answer.error }] };
    return { structuredContent: answer.content, content: [{ type: 'text', text: JSON.stringify(answer.content, null, 2) }] };
  });
  server.setRequestHandler(ListResourcesRequestSchema, () => ({
    resources: [
      { uri: SCHEMA_URI, name: 'partner-strategy schema', mimeType: 'application/schema+json', description: 'The JSON Schema of partner-strategy.yaml.' },
      {
        uri: RULES_URI,
        name: 'rules',
        mimeType: 'application/json',
        description: 'Every rule: id, default severity, title and docs link, in English and Japanese.',
      },
      ...rules.map((rule) => ({ uri: `${RULES_URI}/${rule.meta.id}`, name: rule.meta.id, title: rule.meta.title.en, mimeType: 'text/markdown' })),
    ],
  }));
  server.setRequestHandler(ListResourceTemplatesRequestSchema, () => ({
    resourceTemplates: [{ uriTemplate: `${RULES_URI}/{id}`, name: 'rule', mimeType: 'text/markdown', description: "A rule's documentation page." }],
  }));
  server.setRequestHandler(ReadResourceRequestSchema, (request) => {
    const uri = request.params.uri;
    if (uri === SCHEMA_URI) return { contents: [{ uri, mimeType: 'application/schema+json', text: JSON.stringify(STRATEGY_SCHEMA, null, 2) }] };
    if (uri === RULES_URI) {
      const list = rules.map((rule) => ({
        id: rule.meta.id,
        defaultSeverity: rule.meta.defaultSeverity,
        title: rule.meta.title,
        readinessCheck: rule.meta.feeds?.[0] ?? null,
        docsUrl: rule.meta.docsUrl,
      }));
      return { contents: [{ uri, mimeType: 'application/json', text: JSON.stringify(list, null, 2) }] };
    }
    const id = uri.startsWith(`${RULES_URI}/`) ? uri.slice(RULES_URI.length + 1) : '';
    if (rules.some((rule) => rule.meta.id === id)) {
      return { contents: [{ uri, mimeType: 'text/markdown', text: `${ruleDocs(id, 'en')}\n\n${ruleDocs(id, 'ja')}\n` }] };
    }
    throw new Error(`no resource ${uri}`);
  });
  return server;
}
