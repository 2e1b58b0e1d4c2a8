// Starts `connectdesk sandbox` (a real process) on a free port, reads the settings it prints,
// and runs the conformance suite with `node --test` against it. Exit code: the suite's.
//
//   node run-against-sandbox.mjs /path/to/connectdesk
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const program = process.argv[2];
if (!program) {
    console.error("usage: node run-against-sandbox.mjs /path/to/connectdesk");
    process.exit(2);
}
if (!existsSync(join(here, "node_modules", "@pipedream", "sdk", "package.json"))) {
    console.error(`@pipedream/sdk is not installed in ${here}: run \`npm ci\` there `
                  + "(.ci/setup-deps does).");
    process.exit(1);
}

const sandbox = spawn(program, ["sandbox", "--port", "0"], {
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, QT_QPA_PLATFORM: "offscreen" },
});
const stopSandbox = () => { if (sandbox.exitCode === null) sandbox.kill("SIGTERM"); };
process.on("exit", stopSandbox);

// `export NAME=value` lines, until the last one the sandbox prints.
const settings = await new Promise((resolve, reject) => {
    const found = {};
    const timer = setTimeout(() => reject(new Error("the sandbox printed no settings in 15 s")),
                             15000);
    sandbox.on("exit", (code) => reject(new Error(`the sandbox exited early (${code})`)));
    createInterface({ input: sandbox.stdout }).on("line", (line) => {
        const match = /^export (PIPEDREAM_[A-Z_]+)=(.*)$/.exec(line);
        if (!match)
            return;
        found[match[1]] = match[2];
        if (match[1] === "PIPEDREAM_PROJECT_ENVIRONMENT") {
            clearTimeout(timer);
            resolve(found);
        }
    });
}).catch((error) => {
    console.error(`conformance: ${error.message}`);
    process.exit(1);
});

const suite = spawn(process.execPath, ["--test", "--test-reporter=spec", join(here, "sdk.test.mjs")],
                    { stdio: "inherit", cwd: here, env: { ...process.env, ...settings } });
suite.on("exit", (code, signal) => {
    stopSandbox();
    process.exit(code ?? (signal ? 1 : 0));
});
