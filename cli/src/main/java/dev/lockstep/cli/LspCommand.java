package dev.lockstep.cli;

import dev.lockstep.lsp.LockstepLanguageServer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code lockstep lsp}: the Language Server for {@code .lstep} files, on standard input and output, for an editor
 * to start (editors/vscode does). Nothing else may be written to standard output: it carries the protocol.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
        description = "Serve the Language Server Protocol on stdin/stdout: diagnostics as you type (lint's codes), "
                + "hover, go to definition, completion, outline. Started by an editor (editors/vscode).")
final class LspCommand implements Callable<Integer> {
    @Override
    public Integer call() throws Exception {
        return LockstepLanguageServer.serve(System.in, System.out);
    }
}
