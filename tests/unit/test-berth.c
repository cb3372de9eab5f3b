/* SPDX-License-Identifier: MPL-2.0 */
/* Berth allocation: hand-worked schedules for each rule (berths as a count
 * and as dates, holidays inside berth periods, hulls ready before the berths
 * are free, lateness around weekends), every error path, and random cases
 * against a deliberately simple day-by-day reference. */
#include "scheduler/berth.h"
#include "scheduler/error.h"
#include "tests/unit/testing.h"

#include <string.h>

/* March and April 2025: Saturday 1 March, Monday 3 March. */
static YpDay mar(int d)
{
    return yp_day_from_ymd(2025, 3, d);
}

static YpDay apr(int d)
{
    return yp_day_from_ymd(2025, 4, d);
}

static YpCalendar *calendar_with(const YpCalendarException *exceptions, gsize n)
{
    g_autoptr(GError) error = NULL;
    YpCalendar *calendar = yp_calendar_new(YP_WEEKEND_DEFAULT, exceptions, n, &error);
    ck_assert_msg(calendar != NULL, "%s", error ? error->message : "");
    return calendar;
}

typedef struct {
    int berth;
    YpDay keel;
    YpDay launch;
    gint64 lateness;
} Expected;

static void assert_schedule(const YpDay *ready, const int *days, const YpDay *due, gsize n,
                            const YpDay *free_dates, gsize n_berths, YpBerthRule rule,
                            const YpCalendar *calendar, const Expected *want)
{
    YpBerthSlot slots[16];
    g_autoptr(GError) error = NULL;
    ck_assert(n <= G_N_ELEMENTS(slots));
    ck_assert_msg(
        yp_berth_allocate(ready, days, due, n, free_dates, n_berths, rule, calendar, slots, &error),
        "%s", error ? error->message : "");
    for (gsize i = 0; i < n; i++) {
        ck_assert_msg(slots[i].berth == want[i].berth, "row %zu: berth %d, want %d", i + 1,
                      slots[i].berth, want[i].berth);
        ck_assert_msg(slots[i].keel == want[i].keel, "row %zu: keel off by %d days", i + 1,
                      (int)(slots[i].keel - want[i].keel));
        ck_assert_msg(slots[i].launch == want[i].launch, "row %zu: launch off by %d days", i + 1,
                      (int)(slots[i].launch - want[i].launch));
        ck_assert_msg(slots[i].lateness == want[i].lateness, "row %zu: lateness %ld, want %ld",
                      i + 1, (long)slots[i].lateness, (long)want[i].lateness);
    }
}

START_TEST(test_rule_parse)
{
    YpBerthRule rule = YP_BERTH_DUE;
    ck_assert(yp_berth_rule_parse(NULL, &rule, NULL));
    ck_assert_int_eq(rule, YP_BERTH_READY);
    rule = YP_BERTH_DUE;
    ck_assert(yp_berth_rule_parse("", &rule, NULL));
    ck_assert_int_eq(rule, YP_BERTH_READY);
    ck_assert(yp_berth_rule_parse(" due ", &rule, NULL));
    ck_assert_int_eq(rule, YP_BERTH_DUE);
    ck_assert(yp_berth_rule_parse("Listed", &rule, NULL));
    ck_assert_int_eq(rule, YP_BERTH_LISTED);
    ck_assert(yp_berth_rule_parse("READY", &rule, NULL));
    ck_assert_int_eq(rule, YP_BERTH_READY);

    g_autoptr(GError) error = NULL;
    ck_assert(!yp_berth_rule_parse("EDD", &rule, &error));
    ck_assert(g_error_matches(error, YP_ERROR, YP_ERROR_INVALID));
    ck_assert_ptr_nonnull(strstr(error->message, "\"EDD\""));
}
END_TEST

/* Two berths given as a count, a plain Monday-Friday week, no due dates.
 * Rows: 1 ready Mon 3 (10 days), 2 ready Tue 4 (5), 3 ready Wed 5 (3),
 * 4 ready Sat 1 (2). */
static const int count_days[4] = { 10, 5, 3, 2 };

static const YpDay *count_ready(void)
{
    static YpDay ready[4];
    ready[0] = mar(3);
    ready[1] = mar(4);
    ready[2] = mar(5);
    ready[3] = mar(1);
    return ready;
}

/* READY: on Mon 3 both berths are free and rows 4 (ready Sat 1) and 1 wait;
 * row 4 was ready first: berth 1, Mon 3 - Tue 4. Row 1 on berth 2, Mon 3 -
 * Fri 14 (ten working days). Berth 1 is free on Wed 5: rows 2 and 3 wait,
 * row 2 ready earlier: Wed 5 - Tue 11. Berth 1 again from Wed 12 (berth 2
 * only Mon 17): row 3, Wed 12 - Fri 14. */
START_TEST(test_ready_count)
{
    g_autoptr(YpCalendar) calendar = calendar_with(NULL, 0);
    const Expected want[4] = {
        { 2, mar(3), mar(14), 0 },
        { 1, mar(5), mar(11), 0 },
        { 1, mar(12), mar(14), 0 },
        { 1, mar(3), mar(4), 0 },
    };
    assert_schedule(count_ready(), count_days, NULL, 4, NULL, 2, YP_BERTH_READY, calendar, want);
    /* Without due dates DUE falls back on the ready dates: the same plan. */
    assert_schedule(count_ready(), count_days, NULL, 4, NULL, 2, YP_BERTH_DUE, calendar, want);
}
END_TEST

/* LISTED, same data: row 1 on berth 1 Mon 3 - Fri 14; row 2 on berth 2 Tue 4
 * - Mon 10; row 3 on berth 2 (free Tue 11, berth 1 only Mon 17) Tue 11 -
 * Thu 13; row 4, though ready first, waits for berth 2: Fri 14 - Mon 17. */
START_TEST(test_listed_count)
{
    g_autoptr(YpCalendar) calendar = calendar_with(NULL, 0);
    const Expected want[4] = {
        { 1, mar(3), mar(14), 0 },
        { 2, mar(4), mar(10), 0 },
        { 2, mar(11), mar(13), 0 },
        { 2, mar(14), mar(17), 0 },
    };
    assert_schedule(count_ready(), count_days, NULL, 4, NULL, 2, YP_BERTH_LISTED, calendar, want);
}
END_TEST

/* One berth free from Sun 16 March; Fri 21 and Mon 24 March are holidays.
 * Rows: 1 ready Mon 3, 4 days, due Fri 28; 2 ready Mon 10, 3 days, due
 * Wed 19; 3 ready Tue 18, 2 days, due Thu 20; 4 ready Mon 3, 2 days, no due. */
static const int holiday_days[4] = { 4, 3, 2, 2 };

static void holiday_data(YpDay ready[4], YpDay due[4], YpDay free_dates[1],
                         YpCalendarException holidays[2])
{
    ready[0] = mar(3), ready[1] = mar(10), ready[2] = mar(18), ready[3] = mar(3);
    due[0] = mar(28), due[1] = mar(19), due[2] = mar(20), due[3] = YP_BERTH_NO_DUE;
    free_dates[0] = mar(16);
    holidays[0] = (YpCalendarException){ .day = mar(21), .working = FALSE };
    holidays[1] = (YpCalendarException){ .day = mar(24), .working = FALSE };
}

/* DUE: on Mon 17 rows 1, 2, 4 wait (3 is ready Tue 18); row 2 is due first:
 * Mon 17 - Wed 19, on its due date. Thu 20: row 3 (due Thu 20) goes:
 * Thu 20, then Fri 21 and Mon 24 are holidays, launch Tue 25, one working
 * day late. Wed 26: row 1, Wed 26 - Mon 31, due Fri 28: Mon 31 is one
 * working day late. Row 4 (no due date) last: Tue 1 - Wed 2 April. */
START_TEST(test_due_dates_holidays)
{
    YpDay ready[4], due[4], free_dates[1];
    YpCalendarException holidays[2];
    holiday_data(ready, due, free_dates, holidays);
    g_autoptr(YpCalendar) calendar = calendar_with(holidays, 2);
    const Expected want[4] = {
        { 1, mar(26), mar(31), 1 },
        { 1, mar(17), mar(19), 0 },
        { 1, mar(20), mar(25), 1 },
        { 1, apr(1), apr(2), 0 },
    };
    assert_schedule(ready, holiday_days, due, 4, free_dates, 1, YP_BERTH_DUE, calendar, want);
}
END_TEST

/* READY on the same data: on Mon 17 rows 1 and 4 were both ready Mon 3;
 * row 1 has a due date, row 4 none: row 1 Mon 17 - Thu 20, early by the
 * four working days Tue 25 - Fri 28 (-4). Tue 25: row 4 (ready Mar 3), Tue
 * 25 - Wed 26. Thu 27: row 2, Thu 27 - Mon 31, due Wed 19: late by Thu 20,
 * Tue 25, Wed 26, Thu 27, Fri 28, Mon 31 = 6. Row 3: Tue 1 - Wed 2 April,
 * due Thu 20 March: late by those 6 days less Thu 20, plus Tue 1, Wed 2 = 7. */
START_TEST(test_ready_dates_holidays)
{
    YpDay ready[4], due[4], free_dates[1];
    YpCalendarException holidays[2];
    holiday_data(ready, due, free_dates, holidays);
    g_autoptr(YpCalendar) calendar = calendar_with(holidays, 2);
    const Expected want[4] = {
        { 1, mar(17), mar(20), -4 },
        { 1, mar(27), mar(31), 6 },
        { 1, apr(1), apr(2), 7 },
        { 1, mar(25), mar(26), 0 },
    };
    assert_schedule(ready, holiday_days, due, 4, free_dates, 1, YP_BERTH_READY, calendar, want);
    /* LISTED: rows 1, 2, 3, 4 in turn on the one berth. Row 1 Mon 17 - Thu
     * 20 (-4); row 2 Tue 25 - Thu 27, due Wed 19: Thu 20, Tue 25, Wed 26,
     * Thu 27 = 4 late; row 3 Fri 28 - Mon 31, due Thu 20: Tue 25 - Mon 31, 5
     * late; row 4 Tue 1
     * - Wed 2 April. */
    const Expected listed[4] = {
        { 1, mar(17), mar(20), -4 },
        { 1, mar(25), mar(27), 4 },
        { 1, mar(28), mar(31), 5 },
        { 1, apr(1), apr(2), 0 },
    };
    assert_schedule(ready, holiday_days, due, 4, free_dates, 1, YP_BERTH_LISTED, calendar, listed);
}
END_TEST

/* Berths as dates, every hull ready before any berth is free: berth 1 free
 * Wed 12, berths 2 and 3 Mon 10. Rows 1-3 ready Mon 3 (5, 5, 1 days), row 4
 * ready Mon 24 (2 days). Mon 10: berth 2 then 3 (equal dates, lower number
 * first) take rows 1 and 2 until Fri 14; Wed 12: row 3 on berth 1 for the
 * day. Row 4 takes the berth free the longest, berth 1 (since Thu 13). */
START_TEST(test_berth_dates)
{
    g_autoptr(YpCalendar) calendar = calendar_with(NULL, 0);
    const YpDay ready[4] = { mar(3), mar(3), mar(3), mar(24) };
    const int days[4] = { 5, 5, 1, 2 };
    const YpDay free_dates[3] = { mar(12), mar(10), mar(10) };
    const Expected want[4] = {
        { 2, mar(10), mar(14), 0 },
        { 3, mar(10), mar(14), 0 },
        { 1, mar(12), mar(12), 0 },
        { 1, mar(24), mar(25), 0 },
    };
    assert_schedule(ready, days, NULL, 4, free_dates, 3, YP_BERTH_READY, calendar, want);
    assert_schedule(ready, days, NULL, 4, free_dates, 3, YP_BERTH_LISTED, calendar, want);

    /* A berth free from a Saturday is free from Monday: berths 1 (Mon 10)
     * and 2 (Sat 8) tie and the lower number goes first. */
    const YpDay weekend_free[2] = { mar(10), mar(8) };
    const Expected tie[2] = { { 1, mar(10), mar(14), 0 }, { 2, mar(10), mar(14), 0 } };
    assert_schedule(ready, days, NULL, 2, weekend_free, 2, YP_BERTH_READY, calendar, tie);
}
END_TEST

/* DUE is a dispatching rule, not a priority list: a berth never idles while
 * a hull waits. Row 1 ready Mon 3 (5 days, due Fri 28) goes at once; row 2,
 * due Tue 11 but ready only Mon 10, follows: Mon 10 - Tue 11, on time. */
START_TEST(test_due_never_idles)
{
    g_autoptr(YpCalendar) calendar = calendar_with(NULL, 0);
    const YpDay ready[2] = { mar(3), mar(10) };
    const int days[2] = { 5, 2 };
    const YpDay due[2] = { mar(28), mar(11) };
    const Expected want[2] = { { 1, mar(3), mar(7), -15 }, { 1, mar(10), mar(11), 0 } };
    assert_schedule(ready, days, due, 2, NULL, 1, YP_BERTH_DUE, calendar, want);
}
END_TEST

/* Lateness around a weekend, one hull ready Mon 10 on one berth. 5 days
 * launch Fri 14: due Sat 15 or Sun 16 is met (0), due Thu 13 is 1 late,
 * due Mon 17 1 early. 6 days launch Mon 17: due Sun 16 is 1 late. */
START_TEST(test_lateness_weekend)
{
    g_autoptr(YpCalendar) calendar = calendar_with(NULL, 0);
    const YpDay ready[1] = { mar(10) };
    const int five[1] = { 5 }, six[1] = { 6 };
    const struct {
        const int *days;
        int due;
        YpDay launch;
        gint64 lateness;
    } cases[] = {
        { five, 15, mar(14), 0 }, { five, 16, mar(14), 0 },  { five, 14, mar(14), 0 },
        { five, 13, mar(14), 1 }, { five, 17, mar(14), -1 }, { five, 7, mar(14), 5 },
        { six, 16, mar(17), 1 },  { six, 15, mar(17), 1 },   { six, 14, mar(17), 1 },
        { six, 18, mar(17), -1 },
    };
    for (gsize c = 0; c < G_N_ELEMENTS(cases); c++) {
        const YpDay due[1] = { mar(cases[c].due) };
        const Expected want[1] = { { 1, mar(10), cases[c].launch, cases[c].lateness } };
        assert_schedule(ready, cases[c].days, due, 1, NULL, 1, YP_BERTH_READY, calendar, want);
    }
}
END_TEST

/* A Saturday made working inside a berth period: Sat 15 March works. Row 1
 * ready Thu 13, 3 days: Thu 13, Fri 14, Sat 15. Row 2 (1 day) follows on
 * Mon 17, the next working day after the launch. */
START_TEST(test_working_saturday)
{
    const YpCalendarException extra[1] = { { .day = mar(15), .working = TRUE } };
    g_autoptr(YpCalendar) calendar = calendar_with(extra, 1);
    const YpDay ready[2] = { mar(13), mar(13) };
    const int days[2] = { 3, 1 };
    const YpDay due[2] = { mar(14), mar(16) };
    const Expected want[2] = { { 1, mar(13), mar(15), 1 }, { 1, mar(17), mar(17), 1 } };
    assert_schedule(ready, days, due, 2, NULL, 1, YP_BERTH_DUE, calendar, want);
}
END_TEST

static void assert_refused(const YpDay *ready, const int *days, const YpDay *due, gsize n,
                           const YpDay *free_dates, gsize n_berths, int code, const char *fragment)
{
    g_autoptr(YpCalendar) calendar = calendar_with(NULL, 0);
    YpBerthSlot slots[4];
    g_autoptr(GError) error = NULL;
    ck_assert(!yp_berth_allocate(ready, days, due, n, free_dates, n_berths, YP_BERTH_READY,
                                 calendar, slots, &error));
    ck_assert(g_error_matches(error, YP_ERROR, code));
    ck_assert_msg(strstr(error->message, fragment) != NULL, "%s", error->message);
}

START_TEST(test_errors)
{
    const YpDay ready[3] = { mar(3), mar(4), mar(5) };
    const int days[3] = { 5, 5, 5 };
    assert_refused(ready, days, NULL, 0, NULL, 1, YP_ERROR_INVALID, "no hulls");
    assert_refused(ready, days, NULL, 3, NULL, 0, YP_ERROR_INVALID, "no berths");
    assert_refused(ready, days, NULL, YP_BERTH_MAX_HULLS + 1, NULL, 1, YP_ERROR_LIMIT,
                   "100001 hulls");
    assert_refused(ready, days, NULL, 3, NULL, YP_BERTH_MAX_BERTHS + 1, YP_ERROR_LIMIT,
                   "1001 berths");

    const int zero_days[3] = { 5, 0, 5 };
    assert_refused(ready, zero_days, NULL, 3, NULL, 1, YP_ERROR_INVALID,
                   "berth days in row 2 are 0");
    const int negative_days[3] = { 5, 5, -3 };
    assert_refused(ready, negative_days, NULL, 3, NULL, 1, YP_ERROR_INVALID,
                   "berth days in row 3 are -3");

    const YpDay bad_ready[3] = { mar(3), YP_DAY_FIRST - 1, mar(5) };
    assert_refused(bad_ready, days, NULL, 3, NULL, 1, YP_ERROR_INVALID, "ready date in row 2");
    const YpDay due[3] = { mar(20), YP_BERTH_NO_DUE, YP_DAY_LAST + 1 };
    assert_refused(ready, days, due, 3, NULL, 1, YP_ERROR_INVALID, "due date in row 3");
    const YpDay free_dates[2] = { mar(1), -5 };
    assert_refused(ready, days, NULL, 3, free_dates, 2, YP_ERROR_INVALID,
                   "berth free date in row 2");

    /* Row 2 would launch in the year 10000: December 9999 has fewer than 30
     * working days. */
    const YpDay late_ready[2] = { mar(3), yp_day_from_ymd(9999, 12, 1) };
    const int long_days[2] = { 5, 30 };
    assert_refused(late_ready, long_days, NULL, 2, NULL, 2, YP_ERROR_INVALID,
                   "row 2 would be launched after 9999-12-31");
}
END_TEST

/* ---- The reference: a day-by-day simulation, as simple as it gets. ---- */

static YpDay next_working(const YpCalendar *calendar, YpDay day)
{
    while (!yp_calendar_is_working(calendar, day))
        day++;
    return day;
}

static YpDay last_berth_day(const YpCalendar *calendar, YpDay keel, int days)
{
    YpDay day = keel;
    for (int counted = 1; counted < days; counted++)
        day = next_working(calendar, day + 1);
    return day;
}

static gint64 count_lateness(const YpCalendar *calendar, YpDay launch, YpDay due)
{
    gint64 count = 0;
    for (YpDay d = MIN(launch, due) + 1; d <= MAX(launch, due); d++)
        count += yp_calendar_is_working(calendar, d) ? 1 : 0;
    return launch >= due ? count : -count;
}

/* TRUE when hull a goes before hull b under @rule (rows break ties). */
static gboolean reference_before(YpBerthRule rule, const YpDay *ready, const YpDay *due, int a,
                                 int b)
{
    gint64 da = due[a] ? due[a] : G_MAXINT64, db = due[b] ? due[b] : G_MAXINT64;
    if (rule == YP_BERTH_DUE && da != db)
        return da < db;
    if (ready[a] != ready[b])
        return ready[a] < ready[b];
    if (da != db)
        return da < db;
    return a < b;
}

static void reference(const YpDay *ready, const int *days, const YpDay *due, int n,
                      const YpDay *free_dates, int n_berths, YpBerthRule rule,
                      const YpCalendar *calendar, YpBerthSlot *out)
{
    YpDay berth_free[8];
    gboolean placed[64] = { FALSE };
    for (int j = 0; j < n_berths; j++)
        berth_free[j] = next_working(calendar, free_dates[j]);

    if (rule == YP_BERTH_LISTED) {
        for (int i = 0; i < n; i++) {
            int best = -1;
            YpDay best_keel = 0;
            for (int j = 0; j < n_berths; j++) {
                YpDay keel = next_working(calendar, MAX(ready[i], berth_free[j]));
                if (best < 0 || keel < best_keel ||
                    (keel == best_keel && berth_free[j] < berth_free[best])) {
                    best = j;
                    best_keel = keel;
                }
            }
            out[i].berth = best + 1;
            out[i].keel = best_keel;
            out[i].launch = last_berth_day(calendar, best_keel, days[i]);
            berth_free[best] = next_working(calendar, out[i].launch + 1);
        }
    } else {
        int left = n;
        for (YpDay today = next_working(calendar, free_dates[0] - 400); left > 0;
             today = next_working(calendar, today + 1)) {
            for (;;) {
                /* The berth free the longest today, then the best waiting hull. */
                int berth = -1;
                for (int j = 0; j < n_berths; j++)
                    if (berth_free[j] <= today && (berth < 0 || berth_free[j] < berth_free[berth]))
                        berth = j;
                int hull = -1;
                for (int i = 0; i < n; i++)
                    if (!placed[i] && next_working(calendar, ready[i]) <= today &&
                        (hull < 0 || reference_before(rule, ready, due, i, hull)))
                        hull = i;
                if (berth < 0 || hull < 0)
                    break;
                placed[hull] = TRUE;
                left--;
                out[hull].berth = berth + 1;
                out[hull].keel = today;
                out[hull].launch = last_berth_day(calendar, today, days[hull]);
                berth_free[berth] = next_working(calendar, out[hull].launch + 1);
            }
        }
    }
    for (int i = 0; i < n; i++)
        out[i].lateness = due[i] ? count_lateness(calendar, out[i].launch, due[i]) : 0;
}

/* Random plans of up to 40 hulls on up to 5 berths with random holidays,
 * working Saturdays and due dates, under every rule. */
START_TEST(test_random_against_reference)
{
    GRand *rand = g_rand_new_with_seed(20250303);
    for (int round = 0; round < 400; round++) {
        YpCalendarException exceptions[12];
        int n_exceptions = g_rand_int_range(rand, 0, 12);
        for (int e = 0; e < n_exceptions; e++) {
            YpDay day = mar(1) + g_rand_int_range(rand, 0, 200);
            /* Make weekends working and weekdays off, so no date clashes. */
            exceptions[e].day = day;
            exceptions[e].working = yp_weekday(day) >= 5;
        }
        g_autoptr(YpCalendar) calendar = calendar_with(exceptions, (gsize)n_exceptions);

        int n = g_rand_int_range(rand, 1, 41);
        int n_berths = g_rand_int_range(rand, 1, 6);
        YpDay ready[40], due[40], free_dates[5];
        int days[40];
        for (int i = 0; i < n; i++) {
            ready[i] = mar(1) + g_rand_int_range(rand, 0, 90);
            days[i] = g_rand_int_range(rand, 1, 30);
            due[i] = g_rand_boolean(rand) ? ready[i] + g_rand_int_range(rand, -10, 120)
                                          : YP_BERTH_NO_DUE;
        }
        for (int j = 0; j < n_berths; j++)
            free_dates[j] = mar(1) + g_rand_int_range(rand, 0, 60);

        for (int r = 0; r < 3; r++) {
            YpBerthRule rule = (YpBerthRule)r;
            YpBerthSlot got[40], want[40];
            g_autoptr(GError) error = NULL;
            ck_assert_msg(yp_berth_allocate(ready, days, due, (gsize)n, free_dates, (gsize)n_berths,
                                            rule, calendar, got, &error),
                          "%s", error ? error->message : "");
            reference(ready, days, due, n, free_dates, n_berths, rule, calendar, want);
            for (int i = 0; i < n; i++) {
                ck_assert_msg(
                    got[i].berth == want[i].berth && got[i].keel == want[i].keel &&
                        got[i].launch == want[i].launch && got[i].lateness == want[i].lateness,
                    "round %d rule %d row %d: berth %d/%d keel %d/%d launch %d/%d "
                    "lateness %ld/%ld",
                    round, r, i + 1, got[i].berth, want[i].berth, got[i].keel, want[i].keel,
                    got[i].launch, want[i].launch, (long)got[i].lateness, (long)want[i].lateness);
            }
        }
    }
    g_rand_free(rand);
}
END_TEST

/* Berths given as a count are free before any ready date: the same plan as
 * berths all free from a date before every hull is ready. */
START_TEST(test_count_equals_early_dates)
{
    g_autoptr(YpCalendar) calendar = calendar_with(NULL, 0);
    GRand *rand = g_rand_new_with_seed(7);
    YpDay ready[30], due[30], early[4];
    int days[30];
    for (int i = 0; i < 30; i++) {
        ready[i] = mar(1) + g_rand_int_range(rand, 0, 60);
        days[i] = g_rand_int_range(rand, 1, 25);
        due[i] = ready[i] + g_rand_int_range(rand, 0, 90);
    }
    for (int j = 0; j < 4; j++)
        early[j] = mar(1) - 10;
    for (int r = 0; r < 3; r++) {
        YpBerthSlot by_count[30], by_date[30];
        ck_assert(yp_berth_allocate(ready, days, due, 30, NULL, 4, (YpBerthRule)r, calendar,
                                    by_count, NULL));
        ck_assert(yp_berth_allocate(ready, days, due, 30, early, 4, (YpBerthRule)r, calendar,
                                    by_date, NULL));
        for (int i = 0; i < 30; i++) {
            ck_assert_int_eq(by_count[i].berth, by_date[i].berth);
            ck_assert_int_eq(by_count[i].keel, by_date[i].keel);
            ck_assert_int_eq(by_count[i].launch, by_date[i].launch);
            ck_assert_int_eq(by_count[i].lateness, by_date[i].lateness);
        }
    }
    g_rand_free(rand);
}
END_TEST

static Suite *berth_suite(void)
{
    Suite *suite = suite_create("berth");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, test_rule_parse);
    tcase_add_test(tc, test_ready_count);
    tcase_add_test(tc, test_listed_count);
    tcase_add_test(tc, test_due_dates_holidays);
    tcase_add_test(tc, test_ready_dates_holidays);
    tcase_add_test(tc, test_berth_dates);
    tcase_add_test(tc, test_due_never_idles);
    tcase_add_test(tc, test_lateness_weekend);
    tcase_add_test(tc, test_working_saturday);
    tcase_add_test(tc, test_errors);
    tcase_add_test(tc, test_random_against_reference);
    tcase_add_test(tc, test_count_equals_early_dates);
    suite_add_tcase(suite, tc);
    return suite;
}

int main(void)
{
    return yp_test_run(berth_suite());
}
