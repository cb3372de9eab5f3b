/* SPDX-License-Identifier: MPL-2.0 */
/* Working calendars: a weekend (parsed from text or any mask byte) and a
 * list of dated exceptions (a few hand-picked ones, or thousands spread
 * over centuries, supported dates or not), then queries: whether a day
 * works, ordinals and their inverse, WORKDAY and NETWORKDAYS with counts up
 * to the whole supported span, and the statutory holidays of a year for
 * that week. Checked against a plain reference: the mask overridden by the
 * exceptions; a calendar with a day listed both ways must be refused. */
#include "tests/fuzz/fuzz-input.h"

#include "scheduler/calendar.h"
#include "scheduler/holidays.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define TODAY 739695 /* 2026-03-20 */

/* A day: mostly near today, sometimes at or past the ends of the
 * supported dates, sometimes any 32-bit number. */
static YpDay make_day(FuzzInput *in)
{
    guint8 choice = fuzz_byte(in);
    switch (choice % 8) {
    case 0:
        return (YpDay)(YP_DAY_FIRST - 2 + fuzz_pick(in, 5));
    case 1:
        return (YpDay)(YP_DAY_LAST - 2 + fuzz_pick(in, 5));
    case 2:
        return (YpDay)fuzz_u32(in);
    case 3:
        return (YpDay)(YP_DAY_FIRST + fuzz_u32(in) % (YP_DAY_LAST - YP_DAY_FIRST + 1));
    default:
        return TODAY + (gint16)fuzz_u16(in) % 800;
    }
}

static gboolean reference_works(YpWeekend weekend, GHashTable *exceptions, YpDay day)
{
    gpointer found;
    if (g_hash_table_lookup_extended(exceptions, GINT_TO_POINTER(day), NULL, &found))
        return GPOINTER_TO_INT(found) == 2;
    return ((weekend >> yp_weekday(day)) & 1) == 0;
}

static gint64 make_count(FuzzInput *in)
{
    switch (fuzz_pick(in, 4)) {
    case 0:
        return (gint8)fuzz_byte(in);
    case 1:
        return (gint16)fuzz_u16(in);
    case 2:
        return (gint32)fuzz_u32(in) % 4000001;
    default:
        return fuzz_byte(in) & 1 ? 4000000 : -4000000;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput in;
    fuzz_input_init(&in, data, size);
    g_autoptr(GString) scratch = g_string_new(NULL);
    GStringChunk *pool = g_string_chunk_new(64);

    /* The weekend, from a text or as any mask. */
    YpWeekend weekend;
    if (fuzz_byte(&in) & 1) {
        const char *text = fuzz_valid_text(&in, scratch, pool);
        g_autoptr(GError) error = NULL;
        if (!yp_weekend_parse(text, &weekend, &error)) {
            fuzz_check_error(&in, error);
            weekend = YP_WEEKEND_DEFAULT;
        }
        FUZZ_REQUIRE(weekend < 0x7f, "parsed mask %#x", weekend);
    } else {
        weekend = fuzz_byte(&in);
    }

    /* The exceptions, with a reference map: 1 = off, 2 = working, 3 = both. */
    guint8 count = fuzz_byte(&in);
    gsize n = count < 252 ? count % 48 : 1 + fuzz_u16(&in) % 20000;
    g_autofree YpCalendarException *exceptions = g_new0(YpCalendarException, MAX(n, 1));
    g_autoptr(GHashTable) reference = g_hash_table_new(NULL, NULL);
    gboolean all_supported = TRUE, conflict = FALSE;
    guint32 state = fuzz_u32(&in) | 1;
    for (gsize i = 0; i < n; i++) {
        YpCalendarException *e = &exceptions[i];
        if (count < 252) {
            e->day = make_day(&in);
            e->working = fuzz_byte(&in) & 1;
        } else {
            state = state * 1664525u + 1013904223u;
            e->day = TODAY + (YpDay)((state >> 8) % 200000) - 100000;
            e->working = (state >> 3) & 1;
        }
        e->row = (guint32)(i + 1);
        all_supported = all_supported && yp_day_is_supported(e->day);
        int old = GPOINTER_TO_INT(g_hash_table_lookup(reference, GINT_TO_POINTER(e->day)));
        int now = old | (e->working ? 2 : 1);
        conflict = conflict || now == 3;
        g_hash_table_insert(reference, GINT_TO_POINTER(e->day), GINT_TO_POINTER(now));
    }

    g_autoptr(GError) error = NULL;
    g_autoptr(YpCalendar) calendar = yp_calendar_new(weekend, exceptions, n, &error);
    if (calendar == NULL) {
        fuzz_check_error(&in, error);
        g_string_chunk_free(pool);
        return 0;
    }
    FUZZ_REQUIRE(all_supported && !conflict, "accepted bad exceptions");
    FUZZ_REQUIRE(yp_calendar_weekend(calendar) == weekend, "weekend");

    for (int q = 0; q < 8 && !fuzz_done(&in); q++) {
        YpDay day = make_day(&in);
        if (!yp_day_is_supported(day))
            day = TODAY;
        gboolean works = yp_calendar_is_working(calendar, day);
        FUZZ_REQUIRE(works == reference_works(weekend, reference, day), "day %d", day);

        /* The inverse of the ordinal is the first working day on or after. */
        gint64 ordinal = yp_calendar_ordinal(calendar, day);
        YpDay back;
        g_autoptr(GError) day_error = NULL;
        if (yp_calendar_day(calendar, ordinal, &back, &day_error)) {
            FUZZ_REQUIRE(back >= day && yp_calendar_is_working(calendar, back), "day(ordinal)");
            FUZZ_REQUIRE(yp_calendar_ordinal(calendar, back) == ordinal, "ordinal(day)");
            for (YpDay d = day; d < back && d < day + 400; d++)
                FUZZ_REQUIRE(!yp_calendar_is_working(calendar, d), "skipped a working day");
        } else {
            fuzz_check_error(&in, day_error);
        }

        /* WORKDAY counts, NETWORKDAYS counts them back. */
        gint64 days = make_count(&in);
        YpDay result;
        g_autoptr(GError) workday_error = NULL;
        if (yp_calendar_workday(calendar, day, days, &result, &workday_error)) {
            FUZZ_REQUIRE(yp_day_is_supported(result), "result %d", result);
            if (days == 0) {
                FUZZ_REQUIRE(result == day, "0 days");
            } else {
                FUZZ_REQUIRE(yp_calendar_is_working(calendar, result), "landed on a day off");
                gint64 span = yp_calendar_networkdays(calendar, day, result);
                gint64 counted = (days > 0 ? span : -span) - (works ? 1 : 0);
                FUZZ_REQUIRE(counted == (days > 0 ? days : -days),
                             "WORKDAY %" G_GINT64_FORMAT " gave %" G_GINT64_FORMAT, days, counted);
            }
        } else {
            fuzz_check_error(&in, workday_error);
        }
        YpDay other = make_day(&in);
        if (yp_day_is_supported(other)) {
            gint64 forward = yp_calendar_networkdays(calendar, day, other);
            gint64 backward = yp_calendar_networkdays(calendar, other, day);
            FUZZ_REQUIRE(day == other ? forward == backward : forward == -backward,
                         "NETWORKDAYS not symmetric");
        }
    }

    /* The statutory days off of a year, for this week. */
    static const char *const countries[] = { "KZ", "AZ", "kz ", "RU" };
    const char *country = countries[fuzz_pick(&in, G_N_ELEMENTS(countries))];
    int year = 2020 + fuzz_pick(&in, 84);
    if (fuzz_pick(&in, 8) == 0)
        year = (gint16)fuzz_u16(&in);
    guint n_moving = fuzz_pick(&in, 8);
    YpDay moving[8];
    for (guint i = 0; i < n_moving; i++)
        moving[i] = fuzz_pick(&in, 2)
                        ? yp_day_from_ymd(CLAMP(year, 1, 9999), 1, 1) + fuzz_u16(&in) % 400
                        : make_day(&in);
    g_autoptr(GArray) holidays = g_array_new(FALSE, FALSE, sizeof(YpDay));
    g_autoptr(GError) holiday_error = NULL;
    if (yp_holidays_list_for_week(country, year, weekend, moving, n_moving, holidays,
                                  &holiday_error)) {
        for (guint i = 0; i < holidays->len; i++) {
            YpDay d = g_array_index(holidays, YpDay, i);
            int y;
            yp_day_to_ymd(d, &y, NULL, NULL);
            FUZZ_REQUIRE(y == year, "holiday in year %d", y);
            FUZZ_REQUIRE(i == 0 || g_array_index(holidays, YpDay, i - 1) < d, "order");
        }
    } else {
        fuzz_check_error(&in, holiday_error);
        FUZZ_REQUIRE(holidays->len == 0, "failed but appended");
    }
    g_string_chunk_free(pool);
    return 0;
}
