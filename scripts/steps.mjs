// A step of `npm test` as a process with a time limit. It runs in a process group of its own; its output passes
// through as it comes. Past its limit it is reported with what it was waiting for and the last lines it printed, and
// everything it started is killed: its group, and every process below it that made a group of its own (code-server,
// Chromium), found through /proc before any is killed. The caller goes on to the next step.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** How many of a step's last output lines a timeout report shows. */
const TAIL_LINES = 15;
/** How long a step has to end after SIGTERM before SIGKILL. */
const GRACE_MS = 5000;

/**
 * Runs `command args` as the step `name`, for at most `minutes`; `waitingFor` says what it waits on (for the report).
 * Resolves to `{ ok, timedOut, status }`; never rejects, never outlives its limit by more than the grace period.
 */
export function runStep({ name, command, args, minutes, waitingFor, cwd, env = {} }) {
  console.log(`\n== ${name} (at most ${minutes} min)`);
  const started = Date.now();
  const tail = [];
  const keep = (chunk) => {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) tail.push(line);
    tail.splice(0, Math.max(0, tail.length - TAIL_LINES));
  };
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      keep(chunk);
    });
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk);
      keep(chunk);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(`\nTIMED OUT: ${name}, after ${seconds} s, waiting for ${waitingFor}. Its last lines:`);
      for (const line of tail) console.log(`  | ${line}`);
      killTree(child.pid, 'SIGTERM');
      setTimeout(() => killTree(child.pid, 'SIGKILL'), GRACE_MS).unref();
    }, minutes * 60_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      console.log(`${name}: cannot start ${command}: ${error.message}`);
      resolve({ ok: false, timedOut: false, status: null });
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      // Whatever the step left running in its group (a browser it forgot) goes with it.
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {}
      if (timedOut) console.log(`${name}: killed, with everything it started`);
      resolve({ ok: status === 0 && !timedOut, timedOut, status });
    });
  });
}

/** Every process below `pid` (children, their children, …), read from /proc before anything is killed. */
export function descendants(pid) {
  const parents = new Map();
  let entries = [];
  try {
    entries = readdirSync('/proc').filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  for (const entry of entries) {
    try {
      // The fields after the command's name (which may hold spaces and parentheses): state, ppid, pgrp, …
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), { ppid: Number(fields[1]), pgid: Number(fields[2]) });
    } catch {}
  }
  const found = [];
  const walk = (parent) => {
    for (const [child, { ppid, pgid }] of parents) {
      if (ppid !== parent) continue;
      found.push({ pid: child, pgid });
      walk(child);
    }
  };
  walk(pid);
  return found;
}

/** Signals `pid`'s group, and every group and process below it. */
export function killTree(pid, signal) {
  const below = descendants(pid);
  const signalled = (target) => {
    try {
      process.kill(target, signal);
    } catch {}
  };
  signalled(-pid);
  for (const { pid: child, pgid } of below) {
    signalled(-pgid);
    signalled(child);
  }
  signalled(pid);
}
