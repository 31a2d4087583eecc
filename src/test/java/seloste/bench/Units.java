package seloste.bench;

import java.util.List;
import seloste.bench.YamlTree.Texts;

/**
 * The business units of the synthetic corporate group: unit {@code u} has a town (in Finnish, Swedish
 * and English) and its own local IT provider, some of them outside the EU/EEA. Everything here is a
 * pure function of the unit number, so the same N always gives the same corpus.
 */
final class Units {

    private static final List<Texts> TOWNS = List.of(
            new Texts("Helsinki", "Helsingfors", "Helsinki"), new Texts("Espoo", "Esbo", "Espoo"),
            new Texts("Vantaa", "Vanda", "Vantaa"), new Texts("Turku", "Åbo", "Turku"),
            new Texts("Tampere", "Tammerfors", "Tampere"), new Texts("Oulu", "Uleåborg", "Oulu"),
            new Texts("Vaasa", "Vasa", "Vaasa"), new Texts("Porvoo", "Borgå", "Porvoo"),
            new Texts("Lahti", "Lahtis", "Lahti"), new Texts("Kuopio", "Kuopio", "Kuopio"),
            new Texts("Jyväskylä", "Jyväskylä", "Jyväskylä"), new Texts("Pori", "Björneborg", "Pori"),
            new Texts("Joensuu", "Joensuu", "Joensuu"), new Texts("Lappeenranta", "Villmanstrand", "Lappeenranta"),
            new Texts("Hämeenlinna", "Tavastehus", "Hämeenlinna"), new Texts("Kotka", "Kotka", "Kotka"),
            new Texts("Mikkeli", "S:t Michel", "Mikkeli"), new Texts("Kokkola", "Karleby", "Kokkola"),
            new Texts("Rovaniemi", "Rovaniemi", "Rovaniemi"), new Texts("Seinäjoki", "Seinäjoki", "Seinäjoki"));
    private static final List<String> PREFIXES = List.of("Kaarna", "Routa", "Kide", "Virta", "Usva", "Halla",
            "Tuisku", "Kajo", "Aalto", "Kallio");
    private static final List<String> SUFFIXES = List.of("tieto", "data", "palvelu", "verkko", "tekniikka");

    private Units() {
    }

    static Texts town(int unit) {
        return TOWNS.get(unit % TOWNS.size());
    }

    static String providerId(int provider) {
        return "local-it-" + provider;
    }

    /** A company name unique to the provider: Kaarnatieto Turku Oy, Routatieto Turku Oy, ... */
    static String providerName(int provider) {
        int p = provider - 1;
        String name = PREFIXES.get(p % PREFIXES.size()) + SUFFIXES.get(p / PREFIXES.size() % SUFFIXES.size());
        int block = p / (PREFIXES.size() * SUFFIXES.size());
        String town = TOWNS.get(block % TOWNS.size()).fi();
        int round = block / TOWNS.size();
        return name + " " + town + (round == 0 ? "" : " " + (round + 1)) + " Oy";
    }

    /**
     * Where the provider processes the data: in every ten units four in Finland and one on each transfer
     * mechanism, so that even ten notices use them all.
     */
    static Transfer transfer(int provider) {
        return switch (provider % 10) {
            case 2 -> Transfer.ADEQUACY;
            case 4 -> Transfer.SCC;
            case 5 -> Transfer.BCR;
            case 7 -> Transfer.DEROGATION;
            case 8 -> Transfer.CODE_OF_CONDUCT;
            case 9 -> Transfer.CERTIFICATION;
            default -> Transfer.NONE;
        };
    }

    /** A transfer outside the EU/EEA and what the notice must say about it. */
    enum Transfer {
        NONE("FI", ""), ADEQUACY("US", "adequacy"), SCC("IN", "standard_contractual_clauses"),
        BCR("IN", "binding_corporate_rules"), DEROGATION("TR", "derogation"),
        CODE_OF_CONDUCT("SG", "code_of_conduct"), CERTIFICATION("SG", "certification");

        final String country;
        final String mechanism;

        Transfer(String country, String mechanism) {
            this.country = country;
            this.mechanism = mechanism;
        }
    }
}
