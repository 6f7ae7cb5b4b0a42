// Starts `lockstep lsp` (the Lockstep language server) for .lstep files.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration('lockstep').get('command') || 'lockstep';
  const server = { command, args: ['lsp'] };
  client = new LanguageClient('lockstep', 'Lockstep', { run: server, debug: server },
    { documentSelector: [{ scheme: 'file', language: 'lstep' }] });
  context.subscriptions.push(client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
