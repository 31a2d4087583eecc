package seloste.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import seloste.OutputFormat;
import seloste.model.Language;

/** The --lang and --format values of the commands that build output, read the same way everywhere. */
final class OutputOptions {

    private OutputOptions() {
    }

    static Set<Language> languages(CommandSpec spec, List<String> codes) {
        Set<Language> set = EnumSet.noneOf(Language.class);
        for (String code : codes) {
            set.add(Language.fromCode(code.strip()).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "Unknown language '" + code + "'; languages are fi, sv and en.")));
        }
        return set;
    }

    static Set<OutputFormat> formats(CommandSpec spec, List<String> names) {
        Set<OutputFormat> set = EnumSet.noneOf(OutputFormat.class);
        for (String f : names) {
            try {
                set.add(OutputFormat.parse(f));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "Unknown format '" + f + "'; formats are html, md, pdf.");
            }
        }
        return set;
    }
}
