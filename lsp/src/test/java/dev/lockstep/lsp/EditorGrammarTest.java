package dev.lockstep.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The VS Code extension's TextMate grammar colours every keyword the lexer and parser know, and is wired up. */
class EditorGrammarTest {
    private static final Path VSCODE = Path.of("../editors/vscode");

    @Test
    void everyKeywordIsColouredAsAKeyword() throws Exception {
        JsonNode grammar = new ObjectMapper().readTree(VSCODE.resolve("syntaxes/lstep.tmLanguage.json").toFile());
        List<Pattern> keywordPatterns = new ArrayList<>();
        for (JsonNode p : grammar.at("/repository/keywords/patterns")) keywordPatterns.add(Pattern.compile(p.get("match").asText()));
        keywordPatterns.add(Pattern.compile(grammar.at("/repository/constants/match").asText()));
        List<String> missing = Keywords.all().stream()
                .filter(k -> keywordPatterns.stream().noneMatch(p -> p.matcher(k).matches())).toList();
        assertEquals(List.of(), missing, "keywords the grammar does not colour");
        // and a declared name is not coloured as a keyword
        assertTrue(keywordPatterns.stream().noneMatch(p -> p.matcher("Consistent").matches()));
    }

    @Test
    void commentsAreTheLexersComments() throws Exception {
        JsonNode grammar = new ObjectMapper().readTree(VSCODE.resolve("syntaxes/lstep.tmLanguage.json").toFile());
        JsonNode comments = grammar.at("/repository/comments/patterns");
        assertTrue(Pattern.compile(comments.get(1).get("match").asText()).matcher("\\* a line comment").matches());
        assertEquals("\\(\\*", comments.get(0).get("begin").asText());
    }

    @Test
    void theExtensionStartsTheServerForLstepFiles() throws Exception {
        JsonNode pkg = new ObjectMapper().readTree(VSCODE.resolve("package.json").toFile());
        assertEquals(".lstep", pkg.at("/contributes/languages/0/extensions/0").asText());
        assertEquals("source.lstep", pkg.at("/contributes/grammars/0/scopeName").asText());
        String js = java.nio.file.Files.readString(VSCODE.resolve("extension.js"));
        assertTrue(js.contains("args: ['lsp']"), js);
    }
}
