package dev.lockstep.spectojava;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.printer.DefaultPrettyPrinter;
import com.github.javaparser.printer.DefaultPrettyPrinterVisitor;
import com.github.javaparser.printer.configuration.PrinterConfiguration;

/**
 * JavaParser's default printer, made linear in the number of members of a type. Before printing each member, the
 * stock printer copies and sorts all of the member's siblings to look for orphan comments between them, which is
 * quadratic: a spec with 200,000 definitions (one method each) took longer than 300 s. Generated code has no orphan
 * comments, so each member is printed as a detached copy — same text, no sibling scan.
 */
final class SiblingFreePrinter extends DefaultPrettyPrinterVisitor {
    private SiblingFreePrinter(PrinterConfiguration configuration) {
        super(configuration);
    }

    static String print(Node node) {
        PrinterConfiguration configuration = new DefaultPrettyPrinter().getConfiguration();
        return new DefaultPrettyPrinter(SiblingFreePrinter::new, configuration).print(node);
    }

    @Override
    protected void printMembers(NodeList<BodyDeclaration<?>> members, Void arg) {
        for (BodyDeclaration<?> member : members) {
            printer.println();
            member.clone().accept(this, arg);
            printer.println();
        }
    }
}
