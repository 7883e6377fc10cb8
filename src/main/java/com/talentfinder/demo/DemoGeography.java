package com.talentfinder.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Countries, cities, Upwork-style timezone labels, cost-of-living factors and regional name pools for the
 * demo dataset, parsed once from {@code countries.txt} and {@code name-pools.txt} beside this class.
 */
final class DemoGeography {

    /** One place a freelancer can live in. {@code state} may be null. */
    record City(String name, String state, String timezone) {
    }

    /** A country with its weight in the marketplace, a rate factor (US = 1.0) and the name pool it uses. */
    record Country(String name, String pool, double costFactor, int weight, List<City> cities) {
    }

    /** First names of one region and the last-name initials common there. */
    record NamePool(List<String> firstNames, String initials) {
    }

    private static final String CYRILLIC_INITIALS = "БГКМПСТШ";
    private static final String GREEK_INITIALS = "ΓΚΜΠ";

    static final List<Country> COUNTRY_LIST = parseCountries();
    static final Map<String, NamePool> POOLS = parsePools();

    private DemoGeography() {
    }

    /** The initials list to use for {@code firstName}: its own script's when it is not written in Latin. */
    static String initialsFor(String firstName, NamePool pool) {
        char first = firstName.charAt(0);
        if (first >= 0x0400 && first <= 0x04FF) {
            return CYRILLIC_INITIALS;
        }
        if (first >= 0x0370 && first <= 0x03FF) {
            return GREEK_INITIALS;
        }
        return pool.initials();
    }

    private static List<Country> parseCountries() {
        List<Country> list = new ArrayList<>();
        for (String line : DemoResources.lines("countries.txt")) {
            String[] f = line.split("\\|", -1);
            String defaultTz = f[4];
            List<City> cities = new ArrayList<>();
            for (String c : f[5].split(";")) {
                String tz = defaultTz;
                int at = c.indexOf('@');
                if (at >= 0) {
                    tz = c.substring(at + 1);
                    c = c.substring(0, at);
                }
                String[] cs = c.split("/", -1);
                cities.add(new City(cs[0], cs[1].isEmpty() ? null : cs[1], tz));
            }
            list.add(new Country(f[0], f[1], Double.parseDouble(f[2]), Integer.parseInt(f[3]), List.copyOf(cities)));
        }
        return List.copyOf(list);
    }

    private static Map<String, NamePool> parsePools() {
        Map<String, NamePool> map = new HashMap<>();
        for (String line : DemoResources.lines("name-pools.txt")) {
            String[] f = line.split("\\|");
            map.put(f[0], new NamePool(List.of(f[1].split(",")), f[2]));
        }
        for (Country c : COUNTRY_LIST) {
            if (!map.containsKey(c.pool())) {
                throw new IllegalStateException("No name pool " + c.pool());
            }
        }
        return Map.copyOf(map);
    }
}
