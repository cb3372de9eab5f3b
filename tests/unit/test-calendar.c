/* SPDX-License-Identifier: MPL-2.0 */
/* Working-day calendars: dates, weekend texts, exceptions, WORKDAY and
 * NETWORKDAYS by hand, and a randomized cross-check against a deliberately
 * naive day-by-day reference. */
#include "scheduler/calendar.h"
#include "scheduler/error.h"
#include "tests/unit/testing.h"

#include <string.h>

static YpDay ymd(int y, int m, int d)
{
    YpDay day = yp_day_from_ymd(y, m, d);
    ck_assert_int_ne(day, 0);
    return day;
}

/* GLib's own Julian day: an independent reference for the date arithmetic. */
static YpDay glib_julian(int y, int m, int d)
{
    GDate date;
    g_date_clear(&date, 1);
    g_date_set_dmy(&date, (GDateDay)d, (GDateMonth)m, (GDateYear)y);
    return (YpDay)g_date_get_julian(&date);
}

static YpCalendar *calendar_or_fail(YpWeekend weekend, const YpCalendarException *ex, gsize n)
{
    GError *error = NULL;
    YpCalendar *cal = yp_calendar_new(weekend, ex, n, &error);
    if (error != NULL)
        ck_abort_msg("yp_calendar_new failed: %s", error->message);
    ck_assert_ptr_nonnull(cal);
    return cal;
}

static YpDay workday_or_fail(const YpCalendar *cal, YpDay start, gint64 days)
{
    GError *error = NULL;
    YpDay out = 0;
    if (!yp_calendar_workday(cal, start, days, &out, &error))
        ck_abort_msg("workday failed: %s", error->message);
    return out;
}

/* ---- dates ---------------------------------------------------------- */

START_TEST(test_supported_limits_are_glib_dates)
{
    ck_assert_int_eq(YP_DAY_FIRST, glib_julian(1583, 1, 1));
    ck_assert_int_eq(YP_DAY_LAST, glib_julian(9999, 12, 31));
    ck_assert(yp_day_is_supported(YP_DAY_FIRST));
    ck_assert(yp_day_is_supported(YP_DAY_LAST));
    ck_assert(!yp_day_is_supported(YP_DAY_FIRST - 1));
    ck_assert(!yp_day_is_supported(YP_DAY_LAST + 1));
}
END_TEST

START_TEST(test_ymd_against_gdate)
{
    GRand *rand = g_rand_new_with_seed(11);
    for (int i = 0; i < 100000; i++) {
        int y = g_rand_int_range(rand, 1, 10000);
        int m = g_rand_int_range(rand, 1, 13);
        int d =
            g_rand_int_range(rand, 1, g_date_get_days_in_month((GDateMonth)m, (GDateYear)y) + 1);
        YpDay day = yp_day_from_ymd(y, m, d);
        ck_assert_int_eq(day, glib_julian(y, m, d));
        int y2, m2, d2;
        yp_day_to_ymd(day, &y2, &m2, &d2);
        ck_assert_int_eq(y2, y);
        ck_assert_int_eq(m2, m);
        ck_assert_int_eq(d2, d);
        GDate date;
        g_date_clear(&date, 1);
        g_date_set_julian(&date, (guint32)day);
        ck_assert_int_eq(yp_weekday(day), (int)g_date_get_weekday(&date) - 1);
    }
    g_rand_free(rand);
}
END_TEST

START_TEST(test_ymd_invalid_and_known)
{
    ck_assert_int_eq(yp_day_from_ymd(2026, 2, 29), 0);
    ck_assert_int_eq(yp_day_from_ymd(2100, 2, 29), 0);
    ck_assert_int_ne(yp_day_from_ymd(2000, 2, 29), 0);
    ck_assert_int_ne(yp_day_from_ymd(2028, 2, 29), 0);
    ck_assert_int_eq(yp_day_from_ymd(2026, 13, 1), 0);
    ck_assert_int_eq(yp_day_from_ymd(2026, 0, 1), 0);
    ck_assert_int_eq(yp_day_from_ymd(2026, 4, 31), 0);
    ck_assert_int_eq(yp_day_from_ymd(2026, 1, 0), 0);
    ck_assert_int_eq(yp_day_from_ymd(0, 1, 1), 0);
    ck_assert_int_eq(yp_day_from_ymd(10000, 1, 1), 0);
    /* Printed calendars: 2026-01-01 is a Thursday, 1583-01-01 a Saturday,
     * 9999-12-31 a Friday. */
    ck_assert_int_eq(yp_weekday(ymd(2026, 1, 1)), 3);
    ck_assert_int_eq(yp_weekday(YP_DAY_FIRST), 5);
    ck_assert_int_eq(yp_weekday(YP_DAY_LAST), 4);
    char buf[YP_DAY_FORMAT_SIZE];
    yp_day_format(ymd(2026, 3, 9), buf);
    ck_assert_str_eq(buf, "2026-03-09");
}
END_TEST

/* ---- weekend texts -------------------------------------------------- */

static YpWeekend parse_ok(const char *text)
{
    GError *error = NULL;
    YpWeekend w = 0xFF;
    if (!yp_weekend_parse(text, &w, &error))
        ck_abort_msg("parse of \"%s\" failed: %s", text, error->message);
    return w;
}

static void parse_fails(const char *text, const char *needle)
{
    GError *error = NULL;
    YpWeekend w = 0x33;
    ck_assert_msg(!yp_weekend_parse(text, &w, &error), "\"%s\" was accepted", text);
    ck_assert_ptr_nonnull(error);
    ck_assert(g_error_matches(error, YP_ERROR, YP_ERROR_INVALID));
    ck_assert_msg(strstr(error->message, needle) != NULL, "message \"%s\" lacks \"%s\"",
                  error->message, needle);
    ck_assert_int_eq(w, 0x33);
    g_error_free(error);
}

START_TEST(test_weekend_masks_and_presets)
{
    /* Bit i = weekday i off, Monday = bit 0, so "0000011" = bits 5, 6. */
    ck_assert_int_eq(parse_ok("0000011"), 0x60);
    ck_assert_int_eq(parse_ok("1000000"), 0x01);
    ck_assert_int_eq(parse_ok("0000001"), 0x40);
    ck_assert_int_eq(parse_ok("0000100"), 0x10);
    ck_assert_int_eq(parse_ok("0000000"), 0x00);
    ck_assert_int_eq(parse_ok("1111110"), 0x3F);
    ck_assert_int_eq(parse_ok("5D"), 0x60);
    ck_assert_int_eq(parse_ok("5d"), 0x60);
    ck_assert_int_eq(parse_ok("  6D\t"), 0x40);
    ck_assert_int_eq(parse_ok("6d"), 0x40);
    ck_assert_int_eq(parse_ok("7D"), 0x00);
    ck_assert_int_eq(parse_ok(" 0000011 "), 0x60);
    ck_assert_int_eq(YP_WEEKEND_DEFAULT, parse_ok("5D"));
}
END_TEST

START_TEST(test_weekend_parse_errors)
{
    parse_fails("", "empty");
    parse_fails("   ", "empty");
    parse_fails("000001", "has 6 characters");
    parse_fails("00000111", "has 8 characters");
    parse_fails("00000x1", "\"x\" at position 6");
    parse_fails("2000000", "\"2\" at position 1");
    parse_fails("000 011", "\" \" at position 4");
    parse_fails("1111111", "all seven days");
    parse_fails("5E", "has 2 characters");
    parse_fails("8D", "has 2 characters");
    parse_fails("5D5", "has 3 characters");
    /* A full-width digit is one character but not 0 or 1. */
    parse_fails("\xef\xbc\x90"
                "000011",
                "position 1");
    parse_fails("0000011000000000000000000000000000000", "has 37 characters");
}
END_TEST

/* ---- WORKDAY and NETWORKDAYS by hand ---------------------------------- */

START_TEST(test_workday_five_day_week)
{
    g_autoptr(YpCalendar) cal = calendar_or_fail(YP_WEEKEND_DEFAULT, NULL, 0);
    /* January 2026: Mon 5 .. Sun 11, Mon 12. */
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 1, 9), 1), ymd(2026, 1, 12));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 1, 12), -1), ymd(2026, 1, 9));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 1, 5), 4), ymd(2026, 1, 9));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 1, 5), 5), ymd(2026, 1, 12));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 1, 5), 10), ymd(2026, 1, 19));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 1, 19), -10), ymd(2026, 1, 5));
    /* Start on a day off: the first working day after it is day 1. */
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 1, 10), 1), ymd(2026, 1, 12));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 1, 11), 1), ymd(2026, 1, 12));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 1, 10), -1), ymd(2026, 1, 9));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 1, 11), -2), ymd(2026, 1, 8));
    /* Zero days: start unchanged, even a Saturday. */
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 1, 10), 0), ymd(2026, 1, 10));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 1, 7), 0), ymd(2026, 1, 7));
    /* One year of 5-day weeks: 2026-01-01 (Thu) + 261 working days. 2026
     * has 261 weekdays (365 = 52 weeks + Thursday), the last Thu 2026-12-31. */
    ck_assert_int_eq(workday_or_fail(cal, ymd(2025, 12, 31), 261), ymd(2026, 12, 31));

    ck_assert_int_eq(yp_calendar_networkdays(cal, ymd(2026, 1, 5), ymd(2026, 1, 9)), 5);
    ck_assert_int_eq(yp_calendar_networkdays(cal, ymd(2026, 1, 5), ymd(2026, 1, 11)), 5);
    ck_assert_int_eq(yp_calendar_networkdays(cal, ymd(2026, 1, 11), ymd(2026, 1, 5)), -5);
    ck_assert_int_eq(yp_calendar_networkdays(cal, ymd(2026, 1, 10), ymd(2026, 1, 10)), 0);
    ck_assert_int_eq(yp_calendar_networkdays(cal, ymd(2026, 1, 12), ymd(2026, 1, 12)), 1);
    ck_assert_int_eq(yp_calendar_networkdays(cal, ymd(2026, 1, 10), ymd(2026, 1, 11)), 0);
    ck_assert_int_eq(yp_calendar_networkdays(cal, ymd(2026, 1, 1), ymd(2026, 12, 31)), 261);
    ck_assert_int_eq(yp_calendar_networkdays(cal, ymd(2026, 12, 31), ymd(2026, 1, 1)), -261);
    ck_assert(yp_calendar_is_working(cal, ymd(2026, 1, 9)));
    ck_assert(!yp_calendar_is_working(cal, ymd(2026, 1, 10)));
    ck_assert_int_eq(yp_calendar_weekend(cal), YP_WEEKEND_DEFAULT);
}
END_TEST

START_TEST(test_workday_other_masks)
{
    /* 6D: only Sunday off. Sat 2026-01-10 works; Sun 11 does not. */
    g_autoptr(YpCalendar) six = calendar_or_fail(0x40, NULL, 0);
    ck_assert_int_eq(workday_or_fail(six, ymd(2026, 1, 9), 1), ymd(2026, 1, 10));
    ck_assert_int_eq(workday_or_fail(six, ymd(2026, 1, 10), 1), ymd(2026, 1, 12));
    ck_assert_int_eq(yp_calendar_networkdays(six, ymd(2026, 1, 5), ymd(2026, 1, 11)), 6);
    /* 7D: every day works, WORKDAY is plain addition. */
    g_autoptr(YpCalendar) seven = calendar_or_fail(0x00, NULL, 0);
    ck_assert_int_eq(workday_or_fail(seven, ymd(2026, 1, 9), 30), ymd(2026, 2, 8));
    ck_assert_int_eq(workday_or_fail(seven, ymd(2026, 1, 9), -9), ymd(2025, 12, 31));
    /* Friday-Saturday weekend "0000110". Thu 2026-01-08 + 1 = Sun 11. */
    g_autoptr(YpCalendar) gulf = calendar_or_fail(parse_ok("0000110"), NULL, 0);
    ck_assert_int_eq(workday_or_fail(gulf, ymd(2026, 1, 8), 1), ymd(2026, 1, 11));
    /* Only Wednesday works ("1101111"): Wed 2026-01-07 + 2 = Wed 21. */
    g_autoptr(YpCalendar) one = calendar_or_fail(parse_ok("1101111"), NULL, 0);
    ck_assert_int_eq(workday_or_fail(one, ymd(2026, 1, 7), 2), ymd(2026, 1, 21));
    ck_assert_int_eq(workday_or_fail(one, ymd(2026, 1, 8), -1), ymd(2026, 1, 7));
    ck_assert_int_eq(yp_calendar_networkdays(one, ymd(2026, 1, 1), ymd(2026, 1, 31)), 4);
}
END_TEST

START_TEST(test_one_column_exceptions)
{
    /* Kazakhstan, March 2026: 9 (Mon) and 23..25 (Mon..Wed) off. */
    const YpCalendarException ex[] = {
        { .day = ymd(2026, 3, 9), .working = FALSE },
        { .day = ymd(2026, 3, 23), .working = FALSE },
        { .day = ymd(2026, 3, 24), .working = FALSE },
        { .day = ymd(2026, 3, 25), .working = FALSE },
        { .day = ymd(2026, 3, 8), .working = FALSE }, /* a Sunday: no effect */
    };
    g_autoptr(YpCalendar) cal = calendar_or_fail(YP_WEEKEND_DEFAULT, ex, G_N_ELEMENTS(ex));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 3, 6), 1), ymd(2026, 3, 10));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 3, 10), -1), ymd(2026, 3, 6));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 3, 20), 1), ymd(2026, 3, 26));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 3, 26), -1), ymd(2026, 3, 20));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 3, 23), 1), ymd(2026, 3, 26));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 3, 23), 0), ymd(2026, 3, 23));
    /* March 2026 has 22 weekdays; 4 of them are holidays. */
    ck_assert_int_eq(yp_calendar_networkdays(cal, ymd(2026, 3, 1), ymd(2026, 3, 31)), 18);
    ck_assert_int_eq(yp_calendar_networkdays(cal, ymd(2026, 3, 31), ymd(2026, 3, 1)), -18);
    ck_assert(!yp_calendar_is_working(cal, ymd(2026, 3, 9)));
    ck_assert(yp_calendar_is_working(cal, ymd(2026, 3, 10)));
    /* Far outside the exception span the calendar is the plain weekly one. */
    ck_assert_int_eq(workday_or_fail(cal, ymd(2030, 1, 4), 1), ymd(2030, 1, 7));
    ck_assert_int_eq(workday_or_fail(cal, ymd(1990, 1, 5), 1), ymd(1990, 1, 8));
    /* 2026-01-01 .. 2026-12-31: 261 weekdays minus the 4 weekday holidays. */
    ck_assert_int_eq(yp_calendar_networkdays(cal, ymd(2026, 1, 1), ymd(2026, 12, 31)), 257);
}
END_TEST

START_TEST(test_two_column_saturday_working)
{
    /* A transfer: Saturday 2026-03-07 works, Monday 2026-03-09 is off. The
     * same date may repeat with the same meaning. */
    const YpCalendarException ex[] = {
        { .day = ymd(2026, 3, 7), .working = TRUE },
        { .day = ymd(2026, 3, 9), .working = FALSE },
        { .day = ymd(2026, 3, 7), .working = TRUE },
    };
    g_autoptr(YpCalendar) cal = calendar_or_fail(YP_WEEKEND_DEFAULT, ex, G_N_ELEMENTS(ex));
    ck_assert(yp_calendar_is_working(cal, ymd(2026, 3, 7)));
    ck_assert(!yp_calendar_is_working(cal, ymd(2026, 3, 8)));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 3, 6), 1), ymd(2026, 3, 7));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 3, 6), 2), ymd(2026, 3, 10));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 3, 10), -1), ymd(2026, 3, 7));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 3, 8), -1), ymd(2026, 3, 7));
    /* Mon 2 .. Sun 8: five weekdays plus the working Saturday. */
    ck_assert_int_eq(yp_calendar_networkdays(cal, ymd(2026, 3, 2), ymd(2026, 3, 8)), 6);
    /* Mon 2 .. Sun 15: 10 weekdays - 1 holiday + 1 Saturday. */
    ck_assert_int_eq(yp_calendar_networkdays(cal, ymd(2026, 3, 2), ymd(2026, 3, 15)), 10);
    /* Extra working days also count for 0-day and long spans. */
    ck_assert_int_eq(workday_or_fail(cal, ymd(2026, 3, 7), 0), ymd(2026, 3, 7));
    GError *error = NULL;
    YpDay d = 0;
    ck_assert(yp_calendar_day(cal, yp_calendar_ordinal(cal, ymd(2026, 3, 7)), &d, &error));
    ck_assert_int_eq(d, ymd(2026, 3, 7));
    ck_assert(yp_calendar_day(cal, yp_calendar_ordinal(cal, ymd(2026, 3, 8)), &d, &error));
    ck_assert_int_eq(d, ymd(2026, 3, 10));
}
END_TEST

static void calendar_fails(YpWeekend weekend, const YpCalendarException *ex, gsize n,
                           const char *needle)
{
    GError *error = NULL;
    YpCalendar *cal = yp_calendar_new(weekend, ex, n, &error);
    ck_assert_ptr_null(cal);
    ck_assert(g_error_matches(error, YP_ERROR, YP_ERROR_INVALID));
    ck_assert_msg(strstr(error->message, needle) != NULL, "message \"%s\" lacks \"%s\"",
                  error->message, needle);
    g_error_free(error);
}

START_TEST(test_exception_errors)
{
    const YpCalendarException clash[] = {
        { .day = ymd(2026, 3, 9), .working = FALSE },
        { .day = ymd(2026, 3, 10), .working = FALSE },
        { .day = ymd(2026, 3, 7), .working = TRUE },
        { .day = ymd(2026, 3, 10), .working = TRUE },
    };
    calendar_fails(YP_WEEKEND_DEFAULT, clash, G_N_ELEMENTS(clash), "rows 2 and 4");
    calendar_fails(YP_WEEKEND_DEFAULT, clash, G_N_ELEMENTS(clash), "2026-03-10");
    const YpCalendarException early[] = { { .day = ymd(2026, 1, 1), .working = FALSE },
                                          { .day = YP_DAY_FIRST - 1, .working = FALSE } };
    calendar_fails(YP_WEEKEND_DEFAULT, early, 2, "row 2 ");
    const YpCalendarException late[] = { { .day = YP_DAY_LAST + 1, .working = TRUE } };
    calendar_fails(YP_WEEKEND_DEFAULT, late, 1, "row 1 ");
    const YpCalendarException zero[] = { { .day = 0, .working = FALSE } };
    calendar_fails(YP_WEEKEND_DEFAULT, zero, 1, "outside the supported dates");
    calendar_fails(0x7F, NULL, 0, "every day a day off");
}
END_TEST

START_TEST(test_supported_limits)
{
    GError *error = NULL;
    YpDay d = 0;
    g_autoptr(YpCalendar) cal = calendar_or_fail(YP_WEEKEND_DEFAULT, NULL, 0);
    /* 1583-01-01 is a Saturday: its first working day is Monday 1583-01-03,
     * and nothing lies before it. */
    ck_assert_int_eq(workday_or_fail(cal, YP_DAY_FIRST, 1), YP_DAY_FIRST + 2);
    ck_assert_int_eq(workday_or_fail(cal, YP_DAY_FIRST + 3, -1), YP_DAY_FIRST + 2);
    ck_assert(!yp_calendar_workday(cal, YP_DAY_FIRST + 2, -1, &d, &error));
    ck_assert(g_error_matches(error, YP_ERROR, YP_ERROR_INVALID));
    ck_assert(strstr(error->message, "before the start") != NULL);
    g_clear_error(&error);
    ck_assert(!yp_calendar_workday(cal, YP_DAY_FIRST, -1, &d, &error));
    g_clear_error(&error);
    /* 9999-12-31 is a Friday, the last working day. */
    ck_assert_int_eq(workday_or_fail(cal, YP_DAY_LAST - 1, 1), YP_DAY_LAST);
    ck_assert_int_eq(workday_or_fail(cal, YP_DAY_LAST, -1), YP_DAY_LAST - 1);
    ck_assert(!yp_calendar_workday(cal, YP_DAY_LAST, 1, &d, &error));
    ck_assert(strstr(error->message, "past the end") != NULL);
    g_clear_error(&error);
    ck_assert(!yp_calendar_workday(cal, YP_DAY_LAST - 1, 2, &d, &error));
    g_clear_error(&error);
    /* Huge counts never wrap. */
    ck_assert(!yp_calendar_workday(cal, ymd(2026, 1, 1), G_MAXINT64, &d, &error));
    g_clear_error(&error);
    ck_assert(!yp_calendar_workday(cal, ymd(2026, 1, 1), G_MININT64, &d, &error));
    g_clear_error(&error);
    ck_assert(!yp_calendar_workday(cal, ymd(2026, 1, 1), 10000000, &d, &error));
    g_clear_error(&error);
    /* A start outside the supported dates. */
    ck_assert(!yp_calendar_workday(cal, YP_DAY_FIRST - 1, 0, &d, &error));
    ck_assert(strstr(error->message, "start date") != NULL);
    g_clear_error(&error);
    ck_assert(!yp_calendar_workday(cal, YP_DAY_LAST + 1, -1, &d, &error));
    g_clear_error(&error);
    /* Ordinals past either end. */
    gint64 first = yp_calendar_ordinal(cal, YP_DAY_FIRST);
    ck_assert(yp_calendar_day(cal, first, &d, &error));
    ck_assert_int_eq(d, YP_DAY_FIRST + 2);
    ck_assert(!yp_calendar_day(cal, first - 1, &d, &error));
    g_clear_error(&error);
    gint64 last = yp_calendar_ordinal(cal, YP_DAY_LAST);
    ck_assert(yp_calendar_day(cal, last, &d, &error));
    ck_assert_int_eq(d, YP_DAY_LAST);
    ck_assert(!yp_calendar_day(cal, last + 1, &d, &error));
    g_clear_error(&error);

    /* Exceptions at both ends: Sunday 9999-12-26 works, Friday 9999-12-31 is
     * off, Saturday 1583-01-01 works. */
    const YpCalendarException ex[] = { { .day = YP_DAY_LAST, .working = FALSE },
                                       { .day = YP_DAY_LAST - 5, .working = TRUE },
                                       { .day = YP_DAY_FIRST, .working = TRUE } };
    g_autoptr(YpCalendar) ends = calendar_or_fail(YP_WEEKEND_DEFAULT, ex, 3);
    ck_assert(!yp_calendar_workday(ends, YP_DAY_LAST - 1, 1, &d, &error));
    g_clear_error(&error);
    ck_assert_int_eq(workday_or_fail(ends, YP_DAY_LAST - 7, 1), YP_DAY_LAST - 5);
    ck_assert_int_eq(workday_or_fail(ends, YP_DAY_FIRST + 2, -1), YP_DAY_FIRST);
    ck_assert(!yp_calendar_workday(ends, YP_DAY_FIRST, -1, &d, &error));
    g_clear_error(&error);
    /* Whole range, counted naively day by day. */
    gint64 naive = 0;
    for (YpDay day = YP_DAY_FIRST; day <= YP_DAY_LAST; day++) {
        gboolean w = yp_weekday(day) < 5;
        if (day == YP_DAY_LAST)
            w = FALSE;
        if (day == YP_DAY_LAST - 5 || day == YP_DAY_FIRST)
            w = TRUE;
        naive += w;
    }
    ck_assert_int_eq(yp_calendar_networkdays(ends, YP_DAY_FIRST, YP_DAY_LAST), naive);
    ck_assert_int_eq(yp_calendar_networkdays(ends, YP_DAY_LAST, YP_DAY_FIRST), -naive);
    ck_assert_int_eq(yp_calendar_networkdays(cal, YP_DAY_FIRST, YP_DAY_LAST), naive - 1);
}
END_TEST

START_TEST(test_long_run_of_days_off)
{
    /* 1000 consecutive days off (every day of 2026-01-01 .. 2028-09-26) make
     * a stretch of empty words; the inverse must jump over it. */
    GArray *ex = g_array_new(FALSE, FALSE, sizeof(YpCalendarException));
    YpDay from = ymd(2026, 1, 1);
    for (YpDay d = from; d < from + 1000; d++) {
        YpCalendarException e = { .day = d, .working = FALSE };
        g_array_append_val(ex, e);
    }
    g_autoptr(YpCalendar) cal =
        calendar_or_fail(YP_WEEKEND_DEFAULT, (YpCalendarException *)ex->data, ex->len);
    /* 2025-12-31 is a Wednesday; the next working day is the first weekday
     * after 2028-09-26 (a Tuesday): Wednesday 2028-09-27. */
    ck_assert_int_eq(from + 1000, ymd(2028, 9, 27));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2025, 12, 31), 1), ymd(2028, 9, 27));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2028, 9, 27), -1), ymd(2025, 12, 31));
    ck_assert_int_eq(workday_or_fail(cal, ymd(2027, 6, 1), 3), ymd(2028, 9, 29));
    ck_assert_int_eq(yp_calendar_networkdays(cal, ymd(2025, 12, 29), ymd(2028, 10, 1)), 6);
    g_array_unref(ex);
}
END_TEST

/* ---- randomized cross-check against a naive reference ----------------- */

typedef struct {
    YpWeekend weekend;
    YpCalendarException *ex;
    gsize n;
} NaiveCalendar;

/* Deliberately simple: the mask, then a linear search of the exception list. */
static gboolean naive_works(const NaiveCalendar *nc, YpDay day)
{
    for (gsize i = 0; i < nc->n; i++)
        if (nc->ex[i].day == day)
            return nc->ex[i].working;
    return ((nc->weekend >> yp_weekday(day)) & 1) == 0;
}

/* WORKDAY day by day; FALSE when it leaves the supported dates. */
static gboolean naive_workday(const NaiveCalendar *nc, YpDay start, gint64 days, YpDay *out)
{
    YpDay d = start;
    gint64 step = days > 0 ? 1 : -1;
    for (gint64 left = days > 0 ? days : -days; left > 0;) {
        d += (YpDay)step;
        if (!yp_day_is_supported(d))
            return FALSE;
        if (naive_works(nc, d))
            left--;
    }
    *out = d;
    return TRUE;
}

static gint64 naive_networkdays(const NaiveCalendar *nc, YpDay a, YpDay b)
{
    YpDay lo = MIN(a, b), hi = MAX(a, b);
    gint64 n = 0;
    for (YpDay d = lo; d <= hi; d++)
        n += naive_works(nc, d);
    return a <= b ? n : -n;
}

static YpDay random_supported(GRand *rand, YpDay lo, YpDay hi)
{
    lo = MAX(lo, YP_DAY_FIRST);
    hi = MIN(hi, YP_DAY_LAST);
    return (YpDay)g_rand_int_range(rand, lo, hi + 1);
}

START_TEST(test_random_against_naive)
{
    GRand *rand = g_rand_new_with_seed(20260305);
    const int n_calendars = 3000;
    for (int c = 0; c < n_calendars; c++) {
        YpWeekend weekend;
        do
            weekend = (YpWeekend)g_rand_int_range(rand, 0, 128);
        while (weekend == 0x7F);
        /* Where the exceptions live: anywhere, or hard against either end. */
        YpDay centre;
        int where = g_rand_int_range(rand, 0, 10);
        if (where == 0)
            centre = YP_DAY_FIRST + g_rand_int_range(rand, 0, 300);
        else if (where == 1)
            centre = YP_DAY_LAST - g_rand_int_range(rand, 0, 300);
        else
            centre = random_supported(rand, YP_DAY_FIRST, YP_DAY_LAST);
        int width = g_rand_int_range(rand, 1, 3000);

        GArray *ex = g_array_new(FALSE, FALSE, sizeof(YpCalendarException));
        int n_single = g_rand_int_range(rand, 0, 80);
        int kind = g_rand_int_range(rand, 0, 4);
        for (int i = 0; i < n_single; i++) {
            YpCalendarException e;
            e.day = random_supported(rand, centre - width / 2, centre + width / 2);
            e.working = kind == 0 ? FALSE : kind == 1 ? TRUE : g_rand_boolean(rand);
            g_array_append_val(ex, e);
        }
        /* Sometimes a long run of days off or of working days. */
        if (g_rand_int_range(rand, 0, 4) == 0) {
            YpDay from = random_supported(rand, centre - width / 2, centre + width / 2);
            int len = g_rand_int_range(rand, 30, 700);
            gboolean working = g_rand_int_range(rand, 0, 3) == 0;
            for (YpDay d = from; d < from + len && yp_day_is_supported(d); d++) {
                YpCalendarException e = { .day = d, .working = working };
                g_array_append_val(ex, e);
            }
        }
        /* Drop later rows that clash with earlier ones, keep repeats. */
        GArray *clean = g_array_new(FALSE, FALSE, sizeof(YpCalendarException));
        for (guint i = 0; i < ex->len; i++) {
            YpCalendarException e = g_array_index(ex, YpCalendarException, i);
            gboolean clash = FALSE;
            for (guint j = 0; j < clean->len && !clash; j++) {
                YpCalendarException f = g_array_index(clean, YpCalendarException, j);
                clash = f.day == e.day && f.working != e.working;
            }
            if (!clash)
                g_array_append_val(clean, e);
        }
        g_array_unref(ex);
        /* Sometimes an exception far away makes the region huge. */
        if (g_rand_int_range(rand, 0, 50) == 0) {
            YpCalendarException e = { .day = random_supported(rand, YP_DAY_FIRST, YP_DAY_LAST),
                                      .working = TRUE };
            gboolean clash = FALSE;
            for (guint j = 0; j < clean->len; j++)
                clash |= g_array_index(clean, YpCalendarException, j).day == e.day;
            if (!clash)
                g_array_append_val(clean, e);
        }

        NaiveCalendar nc = { weekend, (YpCalendarException *)clean->data, clean->len };
        g_autoptr(YpCalendar) cal = calendar_or_fail(weekend, nc.ex, nc.n);

        for (int q = 0; q < 25; q++) {
            YpDay a = random_supported(rand, centre - width / 2 - 400, centre + width / 2 + 400);
            YpDay b = random_supported(rand, a - 500, a + 500);
            ck_assert_int_eq(yp_calendar_is_working(cal, a), naive_works(&nc, a));
            /* Differences of ordinals count working days in [a, b). */
            gint64 between =
                naive_networkdays(&nc, MIN(a, b), MAX(a, b)) - naive_works(&nc, MAX(a, b));
            ck_assert_int_eq(
                yp_calendar_ordinal(cal, MAX(a, b)) - yp_calendar_ordinal(cal, MIN(a, b)), between);
            ck_assert_int_eq(yp_calendar_networkdays(cal, a, b), naive_networkdays(&nc, a, b));

            /* day(ordinal(a)) is the first working day on or after a. */
            YpDay expect;
            gboolean have =
                naive_works(&nc, a) ? (expect = a, TRUE) : naive_workday(&nc, a, 1, &expect);
            GError *error = NULL;
            YpDay got = 0;
            gboolean ok = yp_calendar_day(cal, yp_calendar_ordinal(cal, a), &got, &error);
            ck_assert_int_eq(ok, have);
            if (ok)
                ck_assert_int_eq(got, expect);
            g_clear_error(&error);

            gint64 days = g_rand_int_range(rand, -300, 301);
            have = naive_workday(&nc, a, days, &expect);
            ok = yp_calendar_workday(cal, a, days, &got, &error);
            ck_assert_msg(ok == have,
                          "calendar %d query %d: workday(%d, %" G_GINT64_FORMAT ") ok=%d naive=%d",
                          c, q, a, days, ok, have);
            if (ok)
                ck_assert_int_eq(got, expect);
            else
                ck_assert(g_error_matches(error, YP_ERROR, YP_ERROR_INVALID));
            g_clear_error(&error);
        }
        g_array_unref(clean);
    }
    g_rand_free(rand);
}
END_TEST

static Suite *calendar_suite(void)
{
    Suite *s = suite_create("calendar");
    /* Generous timeouts: the reference machine is shared and the suites run
     * in parallel; Check's default of 4 s is too tight under load. */
    TCase *dates = tcase_create("dates");
    tcase_set_timeout(dates, 60);
    tcase_add_test(dates, test_supported_limits_are_glib_dates);
    tcase_add_test(dates, test_ymd_against_gdate);
    tcase_add_test(dates, test_ymd_invalid_and_known);
    suite_add_tcase(s, dates);
    TCase *weekend = tcase_create("weekend");
    tcase_add_test(weekend, test_weekend_masks_and_presets);
    tcase_add_test(weekend, test_weekend_parse_errors);
    suite_add_tcase(s, weekend);
    TCase *workday = tcase_create("workday");
    tcase_set_timeout(workday, 60);
    tcase_add_test(workday, test_workday_five_day_week);
    tcase_add_test(workday, test_workday_other_masks);
    tcase_add_test(workday, test_one_column_exceptions);
    tcase_add_test(workday, test_two_column_saturday_working);
    tcase_add_test(workday, test_exception_errors);
    tcase_add_test(workday, test_supported_limits);
    tcase_add_test(workday, test_long_run_of_days_off);
    suite_add_tcase(s, workday);
    TCase *random = tcase_create("random");
    tcase_set_timeout(random, 240);
    tcase_add_test(random, test_random_against_naive);
    suite_add_tcase(s, random);
    return s;
}

int main(void)
{
    return yp_test_run(calendar_suite());
}
