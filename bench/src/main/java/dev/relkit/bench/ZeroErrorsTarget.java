package dev.relkit.bench;

import dev.relkit.bench.BenchResults.ContenderResult;
import dev.relkit.bench.BenchResults.WorkloadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** A target met when none of the contenders it names counted an error ({@link ErrorCountProfiler}). */
record ZeroErrorsTarget(String workload, String text, Pattern contenders) implements Target {

    @Override
    public boolean names(String contender) {
        return contenders.matcher(contender).matches();
    }

    @Override
    public TargetResult judge(WorkloadResult workload) {
        List<String> counts = new ArrayList<>();
        long errors = 0;
        for (ContenderResult result : workload.contenders()) {
            if (names(result.contender())) {
                long counted = result.errors() == null ? 0 : Math.round(result.errors());
                errors += counted;
                counts.add(result.contender() + " " + counted);
            }
        }
        if (counts.isEmpty()) {
            return TargetResult.notTimed(this, contenders.pattern());
        }
        return new TargetResult(workload(), text(), errors == 0 ? "met" : "missed", "errors: " + String.join(", ", counts));
    }
}
