package dev.contentlint;

import java.io.PrintStream;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints one line on the console for every test or test class that an assumption skipped, with
 * the assumption's reason. Surefire counts skipped tests but shows no reason, and a class whose
 * {@code @BeforeAll} skips (CorpusTest on a clone without ../shared) shows as "Tests run: 0".
 * Registered for every run through META-INF/services.
 */
public final class SkipReasons implements TestExecutionListener {
    private final PrintStream out;

    public SkipReasons() {
        this(System.out);
    }

    SkipReasons(PrintStream out) {
        this.out = out;
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            String reason = result.getThrowable().map(Throwable::getMessage).orElse("no reason given")
                    .replaceFirst("^Assumption failed: ", "");
            out.println("Skipped " + name(test) + ": " + reason);
            out.flush();
        }
    }

    private static String name(TestIdentifier test) {
        return test.getSource().map(source -> {
            if (source instanceof MethodSource method) {
                return method.getClassName().replaceFirst(".*\\.", "") + "." + method.getMethodName();
            }
            if (source instanceof ClassSource type) {
                return type.getClassName().replaceFirst(".*\\.", "");
            }
            return test.getDisplayName();
        }).orElse(test.getDisplayName());
    }
}
