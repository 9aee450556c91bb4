package org.importwindow.reference;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Countries, currencies, country groups and preferential arrangements: the geography the measures refer to.
 * Immutable once built.
 */
public final class ReferenceData {
    private final Map<String, Country> countries;
    private final Map<String, Currency> currencies;
    private final Map<String, CountryGroup> groups;
    private final Map<String, PreferentialArrangement> arrangements;
    /** group id -> country -> its membership periods: the hot path of rate selection asks this for every measure. */
    private final java.util.HashMap<String, java.util.HashMap<String, GroupMembership[]>> membershipIndex;
    private final java.util.Set<String> everyCountryGroups;

    public ReferenceData(Collection<Country> countries, Collection<Currency> currencies,
                         Collection<CountryGroup> groups, Collection<PreferentialArrangement> arrangements) {
        this.countries = index(countries, Country::code);
        this.currencies = index(currencies, Currency::code);
        this.groups = index(groups, CountryGroup::id);
        this.arrangements = index(arrangements, PreferentialArrangement::code);
        this.membershipIndex = new java.util.HashMap<>();
        this.everyCountryGroups = new java.util.HashSet<>();
        for (CountryGroup g : groups) {
            if (g.kind() == GroupKind.ERGA_OMNES) {
                everyCountryGroups.add(g.id());
                continue;
            }
            java.util.HashMap<String, List<GroupMembership>> byCountry = new java.util.HashMap<>();
            for (GroupMembership m : g.memberships()) {
                byCountry.computeIfAbsent(m.country(), k -> new java.util.ArrayList<>()).add(m);
            }
            java.util.HashMap<String, GroupMembership[]> compact = new java.util.HashMap<>(byCountry.size() * 2);
            byCountry.forEach((k, v) -> compact.put(k, v.toArray(new GroupMembership[0])));
            membershipIndex.put(g.id(), compact);
        }
    }

    private static <T> Map<String, T> index(Collection<T> values, java.util.function.Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T v : values) {
            map.put(key.apply(v), v);
        }
        return Map.copyOf(map);
    }

    public Optional<Country> country(String code) {
        return Optional.ofNullable(code == null ? null : countries.get(code));
    }

    public Optional<Currency> currency(String code) {
        return Optional.ofNullable(code == null ? null : currencies.get(code));
    }

    public Optional<CountryGroup> group(String id) {
        return Optional.ofNullable(id == null ? null : groups.get(id));
    }

    public Optional<PreferentialArrangement> arrangement(String code) {
        return Optional.ofNullable(code == null ? null : arrangements.get(code));
    }

    public Collection<Country> countries() {
        return countries.values();
    }

    public Collection<Currency> currencies() {
        return currencies.values();
    }

    public Collection<CountryGroup> groups() {
        return groups.values();
    }

    public Collection<PreferentialArrangement> arrangements() {
        return arrangements.values();
    }

    /**
     * Whether a geographical area — a country code or a group id — covers {@code country} on {@code date}.
     * Unknown areas cover nothing.
     */
    public boolean covers(String area, String country, LocalDate date) {
        if (area == null) {
            return false;
        }
        if (area.equals(country)) {
            return true;
        }
        java.util.HashMap<String, GroupMembership[]> members = membershipIndex.get(area);
        if (members == null) {
            return everyCountryGroups.contains(area);
        }
        GroupMembership[] periods = members.get(country);
        if (periods != null) {
            for (GroupMembership m : periods) {
                if (m.coversDate(date)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The groups {@code country} belongs to on {@code date}. */
    public List<CountryGroup> groupsOf(String country, LocalDate date) {
        return groups.values().stream()
                .filter(g -> g.kind() != GroupKind.ERGA_OMNES && g.includes(country, date))
                .toList();
    }
}
