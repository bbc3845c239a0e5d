// Starts `stackcat lsp` for the YAML files of a stackcat catalog. The server works out which
// documents belong to the catalog and leaves the others alone, so every YAML file is offered to it.
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

let client;

function activate(context) {
  const settings = vscode.workspace.getConfiguration("stackcat");
  const args = ["lsp"];
  if (settings.get("catalog")) args.push("--catalog", settings.get("catalog"));
  const server = { command: settings.get("path") || "stackcat", args };
  client = new LanguageClient("stackcat", "stackcat", { run: server, debug: server }, {
    documentSelector: [{ scheme: "file", language: "yaml" }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher("**/*.{yaml,yml}") },
  });
  context.subscriptions.push({ dispose: () => client && client.stop() });
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
