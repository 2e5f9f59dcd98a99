"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/action/main.ts
var main_exports = {};
__export(main_exports, {
  COMMENT_MARKER: () => COMMENT_MARKER,
  main: () => main
});
module.exports = __toCommonJS(main_exports);
var import_node_child_process = require("node:child_process");

// src/action/texts.ts
var en = {
  badFailOn: (value) => `fail-on must be error, warning, info or never, not '${value}'`,
  badLocale: (value) => `locale must be en or ja, not '${value}'`,
  noToken: "no token to comment on the pull request: pass `token` or set GITHUB_TOKEN (the lint itself ran)",
  cannotComment: (detail) => `could not comment on the pull request (the lint itself ran): ${detail}`,
  failing: (count, failOn) => `${count} ${count === 1 ? "finding" : "findings"} at or above fail-on: ${failOn}`
};
var ja = {
  badFailOn: (value) => `fail-on \u306B\u306F error\u3001warning\u3001info\u3001never \u306E\u3044\u305A\u308C\u304B\u3092\u6307\u5B9A\u3057\u3066\u304F\u3060\u3055\u3044\uFF08'${value}' \u306F\u4F7F\u3048\u307E\u305B\u3093\uFF09`,
  badLocale: (value) => `locale \u306B\u306F en \u304B ja \u3092\u6307\u5B9A\u3057\u3066\u304F\u3060\u3055\u3044\uFF08'${value}' \u306F\u4F7F\u3048\u307E\u305B\u3093\uFF09`,
  noToken: "\u30D7\u30EB\u30EA\u30AF\u30A8\u30B9\u30C8\u306B\u30B3\u30E1\u30F3\u30C8\u3059\u308B\u30C8\u30FC\u30AF\u30F3\u304C\u3042\u308A\u307E\u305B\u3093\u3002`token` \u3092\u6E21\u3059\u304B GITHUB_TOKEN \u3092\u8A2D\u5B9A\u3057\u3066\u304F\u3060\u3055\u3044\uFF08\u691C\u67FB\u306F\u5B9F\u884C\u6E08\u307F\u3067\u3059\uFF09",
  cannotComment: (detail) => `\u30D7\u30EB\u30EA\u30AF\u30A8\u30B9\u30C8\u306B\u30B3\u30E1\u30F3\u30C8\u3067\u304D\u307E\u305B\u3093\u3067\u3057\u305F\uFF08\u691C\u67FB\u306F\u5B9F\u884C\u6E08\u307F\u3067\u3059\uFF09: ${detail}`,
  failing: (count, failOn) => `fail-on\uFF08${failOn}\uFF09\u4EE5\u4E0A\u306E\u6307\u6458\u304C${count}\u4EF6\u3042\u308A\u307E\u3059`
};
var texts = { en, ja };
function actionTexts(locale, env) {
  if (locale === "en" || locale === "ja") return texts[locale];
  const fromEnv = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return texts[fromEnv.toLowerCase().startsWith("ja") ? "ja" : "en"];
}

// src/action/main.ts
var import_node_fs = require("node:fs");

// src/node/write-file.ts
var nodeFs = __toESM(require("node:fs"));
var WriteRefused = class extends Error {
  constructor(code) {
    super(code);
    this.code = code;
  }
  code;
};
function appendToFile(path, content, fs = nodeFs) {
  const { constants: constants2 } = nodeFs;
  const fd = fs.openSync(path, constants2.O_WRONLY | constants2.O_APPEND | constants2.O_CREAT | constants2.O_NONBLOCK, 438);
  try {
    const stats = fs.fstatSync(fd);
    if (stats.isDirectory()) throw new WriteRefused("EISDIR");
    if (!stats.isFile()) throw new WriteRefused("ENOTREG");
    const bytes = Buffer.from(content);
    for (let written = 0; written < bytes.length; ) written += fs.writeSync(fd, bytes, written, bytes.length - written);
  } finally {
    fs.closeSync(fd);
  }
}
function makeFolder(path, fs = nodeFs) {
  fs.mkdirSync(path, { recursive: true });
}

// src/action/main.ts
var import_node_os = require("node:os");
var import_node_path = require("node:path");
var COMMENT_MARKER = "<!-- partnerlint-action-comment -->";
function input(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function readInputs(env, event) {
  const failOn = input(env, "fail-on") || "error";
  const locale = input(env, "locale");
  const texts2 = actionTexts(locale, env);
  if (!["error", "warning", "info", "never"].includes(failOn)) throw new Error(texts2.badFailOn(failOn));
  if (locale !== "" && locale !== "en" && locale !== "ja") throw new Error(texts2.badLocale(locale));
  return {
    paths: input(env, "paths").split(/\s+/).filter(Boolean),
    config: input(env, "config"),
    locale,
    failOn,
    // Default: the pull request's base commit; outside pull requests, every finding counts.
    newSince: input(env, "new-since") || event.pull_request?.base?.sha || "",
    sarifFile: input(env, "sarif-file"),
    htmlFile: input(env, "html-file"),
    comment: input(env, "comment") !== "false",
    token: input(env, "token") || env.GITHUB_TOKEN || ""
  };
}
function warn(message) {
  process.stdout.write(`::warning title=partnerlint::${message.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}
`);
}
function setOutput(file, name, value) {
  if (!file) return;
  let delimiter = "partnerlint_output";
  while (value.includes(delimiter)) delimiter += "_";
  appendToFile(file, `${name}<<${delimiter}
${value}
${delimiter}
`);
}
function runCli(args, cwd, env) {
  return new Promise((done, failed) => {
    const child = (0, import_node_child_process.spawn)(process.execPath, [(0, import_node_path.join)(__dirname, "cli.js"), ...args], { cwd, env, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", failed);
    child.on("close", (code) => done(code ?? 2));
  });
}
async function api(env, token, method, path, body) {
  const base = (env.GITHUB_API_URL || "https://api.github.com").replace(/\/$/, "");
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      Accept: "application/vnd.github+json",
      Authorization: `Bearer ${token}`,
      "X-GitHub-Api-Version": "2022-11-28",
      "User-Agent": "partnerlint-action",
      ...body ? { "Content-Type": "application/json" } : {}
    },
    ...body ? { body: JSON.stringify(body) } : {},
    signal: AbortSignal.timeout(3e4)
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${(await response.text()).slice(0, 200)}`);
  return response.status === 204 ? void 0 : response.json();
}
async function upsertComment(env, token, repository, number, markdown) {
  const body = `${COMMENT_MARKER}
${markdown}`;
  for (let page = 1; ; page++) {
    const comments = await api(env, token, "GET", `/repos/${repository}/issues/${number}/comments?per_page=100&page=${page}`);
    const ours = comments.find((comment) => comment.body?.startsWith(COMMENT_MARKER));
    if (ours) {
      await api(env, token, "PATCH", `/repos/${repository}/issues/comments/${ours.id}`, { body });
      return "updated";
    }
    if (comments.length < 100) break;
  }
  await api(env, token, "POST", `/repos/${repository}/issues/${number}/comments`, { body });
  return "created";
}
async function main(env = process.env) {
  const event = env.GITHUB_EVENT_PATH ? JSON.parse((0, import_node_fs.readFileSync)(env.GITHUB_EVENT_PATH, "utf8")) : {};
  const inputs = readInputs(env, event);
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const scratch = (0, import_node_fs.mkdtempSync)((0, import_node_path.join)((0, import_node_os.tmpdir)(), "partnerlint-action-"));
  try {
    const json = (0, import_node_path.join)(scratch, "report.json");
    const markdown = (0, import_node_path.join)(scratch, "report.md");
    const args = [
      ...inputs.paths,
      ...inputs.config ? ["--config", inputs.config] : [],
      ...inputs.locale ? ["--locale", inputs.locale] : [],
      ...inputs.newSince ? [`--new-since=${inputs.newSince}`] : [],
      "-f",
      "github",
      "-f",
      "json",
      "-o",
      json,
      "-f",
      "markdown",
      "-o",
      markdown,
      ...inputs.sarifFile ? ["-f", "sarif", "-o", (0, import_node_path.resolve)(workspace, inputs.sarifFile)] : [],
      ...inputs.htmlFile ? ["-f", "html", "-o", (0, import_node_path.resolve)(workspace, inputs.htmlFile)] : []
    ];
    for (const file of [inputs.sarifFile, inputs.htmlFile].filter(Boolean)) {
      try {
        makeFolder((0, import_node_path.dirname)((0, import_node_path.resolve)(workspace, file)));
      } catch {
      }
    }
    const status = await runCli(args, workspace, env);
    let files = [];
    try {
      files = JSON.parse((0, import_node_fs.readFileSync)(json, "utf8"));
    } catch {
    }
    const errors = files.reduce((n, f) => n + f.errorCount, 0);
    const warnings = files.reduce((n, f) => n + f.warningCount, 0);
    const infos = files.reduce((n, f) => n + f.infoCount, 0);
    setOutput(env.GITHUB_OUTPUT, "errors", String(errors));
    setOutput(env.GITHUB_OUTPUT, "warnings", String(warnings));
    setOutput(
      env.GITHUB_OUTPUT,
      "readiness",
      JSON.stringify(Object.fromEntries(files.filter((f) => !f.removed).map((f) => [f.filePath, f.readiness?.verdict ?? null])))
    );
    const number = event.pull_request?.number;
    const repository = env.GITHUB_REPOSITORY || event.repository?.full_name;
    if (inputs.comment && number !== void 0 && repository && files.length > 0) {
      if (!inputs.token) warn(actionTexts(inputs.locale, env).noToken);
      else {
        try {
          await upsertComment(env, inputs.token, repository, number, (0, import_node_fs.readFileSync)(markdown, "utf8"));
        } catch (error) {
          warn(actionTexts(inputs.locale, env).cannotComment(error instanceof Error ? error.message : String(error)));
        }
      }
    }
    if (status === 2) return 1;
    const failing = { error: errors, warning: errors + warnings, info: errors + warnings + infos, never: 0 }[inputs.failOn];
    if (failing > 0) {
      process.stdout.write(`::error title=partnerlint::${actionTexts(inputs.locale, env).failing(failing, inputs.failOn)}
`);
      return 1;
    }
    return 0;
  } finally {
    (0, import_node_fs.rmSync)(scratch, { recursive: true, force: true });
  }
}
if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stdout.write(`::error title=partnerlint::${error instanceof Error ? error.message : String(error)}
`);
      process.exitCode = 1;
    }
  );
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  COMMENT_MARKER,
  main
});
