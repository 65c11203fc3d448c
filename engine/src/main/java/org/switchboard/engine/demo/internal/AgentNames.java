package org.switchboard.engine.demo.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Made-up full names for agents, a mix of Russian, Chinese and English ones, each distinct. Russian surnames take
 * the feminine form for women (Ivanov → Ivanova); Chinese names are written family name first.
 */
final class AgentNames {

    private static final List<String> RUSSIAN_MEN = List.of(
            "Aleksei", "Dmitry", "Sergei", "Ivan", "Mikhail", "Andrei", "Nikolai", "Pavel", "Artem", "Maksim", "Yuri",
            "Oleg");
    private static final List<String> RUSSIAN_WOMEN = List.of(
            "Anna",
            "Maria",
            "Elena",
            "Olga",
            "Tatiana",
            "Natalia",
            "Irina",
            "Svetlana",
            "Ekaterina",
            "Yulia",
            "Daria",
            "Ksenia");
    private static final List<String> RUSSIAN_SURNAMES = List.of(
            "Ivanov",
            "Smirnov",
            "Kuznetsov",
            "Popov",
            "Volkov",
            "Sokolov",
            "Lebedev",
            "Kozlov",
            "Novikov",
            "Morozov",
            "Orlov",
            "Pavlov",
            "Fedorov",
            "Egorov",
            "Belov",
            "Golubev");
    private static final List<String> CHINESE_GIVEN = List.of(
            "Wei", "Fang", "Na", "Jing", "Min", "Lei", "Yan", "Hao", "Xin", "Jun", "Ying", "Tao", "Qiang", "Xiu");
    private static final List<String> CHINESE_FAMILY =
            List.of("Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun");
    private static final List<String> ENGLISH_GIVEN = List.of(
            "James",
            "Emma",
            "Oliver",
            "Sophie",
            "Daniel",
            "Charlotte",
            "Thomas",
            "Grace",
            "Liam",
            "Chloe",
            "Jack",
            "Amelia");
    private static final List<String> ENGLISH_FAMILY = List.of(
            "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Clarke", "Walker", "Wright", "Hughes",
            "Green");

    private final Set<String> used = new HashSet<>();

    /**
     * {@return a name not returned before by this instance}
     *
     * @param rng the random source
     */
    public String next(RandomGenerator rng) {
        String name;
        do {
            name = draw(rng);
        } while (!used.add(name));
        return name;
    }

    private static String draw(RandomGenerator rng) {
        return switch (rng.nextInt(3)) {
            case 0 -> russian(rng);
            case 1 -> pick(CHINESE_FAMILY, rng) + " " + pick(CHINESE_GIVEN, rng);
            default -> pick(ENGLISH_GIVEN, rng) + " " + pick(ENGLISH_FAMILY, rng);
        };
    }

    private static String russian(RandomGenerator rng) {
        boolean woman = rng.nextBoolean();
        var given = pick(woman ? RUSSIAN_WOMEN : RUSSIAN_MEN, rng);
        var surname = pick(RUSSIAN_SURNAMES, rng);
        return given + " " + (woman ? surname + "a" : surname);
    }

    private static String pick(List<String> names, RandomGenerator rng) {
        return names.get(rng.nextInt(names.size()));
    }
}
