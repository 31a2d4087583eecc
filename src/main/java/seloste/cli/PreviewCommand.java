package seloste.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import seloste.BuildRequest;
import seloste.Compiler;
import seloste.OutputFormat;
import seloste.model.Language;

/** {@code seloste preview}: builds, serves the output on this computer, and rebuilds on every save. */
@Command(name = "preview", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serves the built notices on this computer and rebuilds them whenever a file is saved.",
                "Builds the notices, serves the output folder at http://127.0.0.1:PORT/ and rebuilds whenever a "
                        + "source or template is saved; an open page reloads itself after each build.",
                "Only this computer can connect. The output folder is replaced by each build, with only the "
                        + "formats given (HTML unless --format says otherwise). Stop with Ctrl-C."})
final class PreviewCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Source files or folders (default: notices).")
    List<Path> paths = List.of(Path.of("notices"));

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8000",
            description = "Port on 127.0.0.1, 0 for any free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
            description = "Output folder to build into and serve (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates",
            description = "Templates and phrase catalogue, watched too (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--lang", split = ",", paramLabel = "LANG",
            description = "Languages to build: fi, sv, en (default: every language a notice declares).")
    List<String> languages = List.of();

    @Option(names = "--format", split = ",", paramLabel = "FORMAT",
            description = "Formats to write: html, md, pdf (default: html, the quickest to rebuild).")
    List<String> formats = List.of("html");

    @Option(names = "--settings", paramLabel = "FILE",
            description = "Settings file with per-rule severities (default: " + Compiler.SETTINGS_FILE + " if present).")
    Path settings;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port is a number from 0 to 65535.");
        }
        BuildRequest request = new BuildRequest(paths, out, templates, languages(), formats(), Optional.empty());
        PrintWriter w = spec.commandLine().getOut();
        PreviewSession session = new PreviewSession(Path.of(""), request, Optional.ofNullable(settings), w);
        URI url;
        try {
            url = session.start(port);
        } catch (BindException e) {
            session.close();
            spec.commandLine().getErr().println("seloste preview: port " + port + " is in use; choose another with "
                    + "--port, or --port 0 for any free one.");
            return ExitCodes.USAGE;
        }
        w.println("Preview at " + url + " (only this computer can connect). Stop with Ctrl-C.");
        w.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                session.close();
            } catch (IOException e) {
                // stopping anyway
            }
            stopped.countDown();
        }, "seloste-preview-stop"));
        stopped.await();
        return ExitCodes.OK;
    }

    private Set<Language> languages() {
        return OutputOptions.languages(spec, languages);
    }

    private Set<OutputFormat> formats() {
        return OutputOptions.formats(spec, formats);
    }
}
