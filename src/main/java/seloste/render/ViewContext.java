package seloste.render;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import seloste.model.Controller;
import seloste.model.Language;
import seloste.model.LocalizedText;
import seloste.model.Notice;
import seloste.model.Recipient;
import seloste.model.Repository;
import seloste.render.NoticeView.Field;

/** What every section builder needs: the notice, its controller, the language and its phrases. */
final class ViewContext {

    private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s<>\"'\\\\`()]+");
    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>\"'\\\\`()\\[\\]:;,]+@[^\\s@<>\"'\\\\`()\\[\\]:;,]+");

    final Repository repo;
    final Notice notice;
    final Controller controller;
    final Language lang;
    final Phrasebook phrases;

    ViewContext(Repository repo, Notice notice, Language lang, Phrasebook phrases) {
        this.repo = repo;
        this.notice = notice;
        this.lang = lang;
        this.phrases = phrases;
        this.controller = repo.controller(notice.controller()).orElseThrow(() -> new ViewException(
                "The notice " + notice.id() + " refers to the controller " + notice.controller()
                        + ", which is not defined"));
    }

    /** A phrase in this language with its placeholders filled (name, value, name, value ...). */
    String t(String key, String... nameValuePairs) {
        return phrases.get(key, nameValuePairs);
    }

    String text(LocalizedText text) {
        return text.get(lang);
    }

    Optional<String> text(Optional<LocalizedText> text) {
        return text.flatMap(t -> t.in(lang));
    }

    String controllerName() {
        return text(controller.name());
    }

    String date(LocalDate date) {
        return Dates.format(date, lang);
    }

    String list(List<String> items) {
        return Lists.join(items, lang);
    }

    String period(Period period) {
        return Periods.words(period, lang);
    }

    String country(String isoCode) {
        return Countries.name(isoCode, phrases);
    }

    Recipient recipient(String id) {
        return repo.recipient(id).orElseThrow(() -> new ViewException(
                "The notice " + notice.id() + " refers to the recipient " + id + ", which is not defined"));
    }

    /** The names of data categories, joined as running text. */
    String categoryNames(List<String> ids) {
        return names(ids, "data category", id -> notice.category(id).map(c -> text(c.name())));
    }

    /** The names of purposes, joined as running text. */
    String purposeNames(List<String> ids) {
        return names(ids, "purpose", id -> notice.purpose(id).map(p -> text(p.name())));
    }

    /** The names of data subjects, joined as running text. */
    String subjectNames(List<String> ids) {
        return names(ids, "data subject", id -> notice.subjects().stream()
                .filter(s -> s.id().equals(id)).findFirst().map(s -> text(s.name())));
    }

    private String names(List<String> ids, String what, Function<String, Optional<String>> lookup) {
        List<String> names = new ArrayList<>(ids.size());
        for (String id : ids) {
            names.add(lookup.apply(id).orElseThrow(() -> new ViewException(
                    "The notice " + notice.id() + " refers to the " + what + " " + id + ", which is not defined")));
        }
        return list(names);
    }

    /** A field labelled by {@code label.<key>}. */
    Field field(String labelKey, String text) {
        return Field.of(t("label." + labelKey), text);
    }

    /** A field that links to a web address, or plain text when the address is not http(s). */
    Field webField(String labelKey, String url) {
        return new Field(t("label." + labelKey), List.of(url), webHref(url));
    }

    /** A field that links to an e-mail address, or plain text when it does not look like one. */
    Field emailField(String labelKey, String email) {
        Optional<String> href = EMAIL.matcher(email.strip()).matches()
                ? Optional.of("mailto:" + email.strip()) : Optional.empty();
        return new Field(t("label." + labelKey), List.of(email), href);
    }

    static Optional<String> webHref(String url) {
        String u = url.strip();
        return WEB.matcher(u).matches() ? Optional.of(u) : Optional.empty();
    }
}
