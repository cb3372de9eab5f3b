/* SPDX-License-Identifier: MPL-2.0 */
/* Statutory non-working days of Kazakhstan and Azerbaijan.
 *
 * For a year Y the days of Y - 1 and Y are classified, the transfers are
 * placed in date order onto the next free working day, and the days of Y
 * are kept (a late-December holiday of Y - 1 can move a day off into Y).
 * The laws, articles and amendments are listed in docs/calendars.md. */
#include "scheduler/holidays.h"
#include "scheduler/error.h"

typedef enum {
    COUNTRY_KZ,
    COUNTRY_AZ,
} Country;

typedef struct {
    guint8 month, day;
} MonthDay;

/* Kazakhstan, Law "On holidays in the Republic of Kazakhstan" of 13 Dec 2001
 * No. 267-II, as amended on 29 Sep 2022: the national holiday (25 Oct) and
 * the state holidays. Art. 5: non-working days; a holiday that coincides
 * with a day off makes the next working day after the holiday a day off. */
static const MonthDay kz_holidays[] = {
    { 1, 1 },   { 1, 2 },             /* New Year */
    { 3, 8 },                         /* International Women's Day */
    { 3, 21 },  { 3, 22 }, { 3, 23 }, /* Nauryz meyramy */
    { 5, 1 },                         /* Unity Day of the People of Kazakhstan */
    { 5, 7 },                         /* Defender of the Fatherland Day */
    { 5, 9 },                         /* Victory Day */
    { 7, 6 },                         /* Capital Day */
    { 8, 30 },                        /* Constitution Day */
    { 10, 25 },                       /* Republic Day (national holiday, restored 2022) */
    { 12, 16 },                       /* Independence Day (17 Dec dropped 2022) */
};

/* Kazakhstan, Labour Code of 23 Nov 2015 No. 414-V, art. 84 p. 5: days off
 * whatever the working regime, not holidays, so never transferred. The
 * first day of Kurban ait comes from the caller. */
static const MonthDay kz_days_off[] = {
    { 1, 7 }, /* Orthodox Christmas */
};

/* Azerbaijan, Labour Code art. 105 p. 1-2: the holidays that are not working
 * days (8 Nov added after the presidential order of 3 Dec 2020, in force for
 * 2021; 18 Oct, 12 Nov, 17 Nov and 20 Sep are holidays on working days).
 * Novruz is set by the Cabinet each year under p. 4 and has been 20-24
 * March in every decision found (2014-2026). */
static const MonthDay az_holidays[] = {
    { 1, 1 },   { 1, 2 },                                   /* New Year */
    { 3, 8 },                                               /* Women's Day */
    { 3, 20 },  { 3, 21 }, { 3, 22 }, { 3, 23 }, { 3, 24 }, /* Novruz */
    { 5, 9 },                                               /* Victory over Fascism */
    { 5, 28 },                                              /* Independence Day */
    { 6, 15 },                                              /* National Salvation Day */
    { 6, 26 },                                              /* Armed Forces Day */
    { 11, 8 },                                              /* Victory Day */
    { 11, 9 },                                              /* National Flag Day */
    { 12, 31 },                                             /* Solidarity of World Azerbaijanis */
};

/* Azerbaijan, Labour Code art. 106: 20 January, the Day of National
 * Mourning, is not a working day but not a holiday, so never transferred. */
static const MonthDay az_days_off[] = {
    { 1, 20 },
};

/* What one day of the two-year window holds. */
enum {
    DAY_WEEKLY_OFF = 1 << 0, /* the worker's weekly day off */
    DAY_OTHER_OFF = 1 << 1,  /* a day off that is not a holiday */
    DAY_TRANSFER = 1 << 2,   /* a working day made a day off by a transfer */
};

typedef struct {
    guint8 flags;
    guint8 holidays; /* transferable holidays on the day (AZ: incl. religious) */
    guint8 moving;   /* announced religious dates on the day */
} DayInfo;

static gboolean parse_country(const char *text, Country *out, GError **error)
{
    g_autofree char *code = g_strstrip(g_strdup(text));
    if (g_ascii_strcasecmp(code, "KZ") == 0) {
        *out = COUNTRY_KZ;
        return TRUE;
    }
    if (g_ascii_strcasecmp(code, "AZ") == 0) {
        *out = COUNTRY_AZ;
        return TRUE;
    }
    if (g_utf8_validate(code, -1, NULL) && g_utf8_strlen(code, -1) <= 24)
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Unknown country \"%s\"; use KZ (Kazakhstan) or AZ (Azerbaijan).", code);
    else
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Unknown country; use KZ (Kazakhstan) or AZ (Azerbaijan).");
    return FALSE;
}

typedef struct {
    YpDay day;
    gsize row; /* 1-based */
} MovingRow;

static int compare_moving(gconstpointer a, gconstpointer b)
{
    YpDay x = ((const MovingRow *)a)->day, y = ((const MovingRow *)b)->day;
    return (x > y) - (x < y);
}

/* Catches the usual slip of giving every day of a feast: Kazakhstan's one
 * moving day recurs about 354 days later (a lunar year), and Azerbaijan's
 * feasts last two days each, some 70 days apart. A Gregorian year can hold
 * the same feast twice (Ramazan bayrami in January and December 2033), so
 * the dates are checked by spacing, not counted per year. */
static gboolean check_moving(Country c, GArray *used, GError **error)
{
    g_array_sort(used, compare_moving);
    const MovingRow *r = (const MovingRow *)(void *)used->data;
    for (guint i = 0; i + 1 < used->len; i++) {
        char a[YP_DAY_FORMAT_SIZE], b[YP_DAY_FORMAT_SIZE];
        if (c == COUNTRY_KZ && r[i + 1].day - r[i].day < 300) {
            yp_day_format(r[i].day, a);
            yp_day_format(r[i + 1].day, b);
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Moving holiday rows %" G_GSIZE_FORMAT " and %" G_GSIZE_FORMAT
                        " (%s and %s) are %d day(s) apart; for Kazakhstan give only the "
                        "first day of Kurban ait, once a year.",
                        MIN(r[i].row, r[i + 1].row), MAX(r[i].row, r[i + 1].row), a, b,
                        r[i + 1].day - r[i].day);
            return FALSE;
        }
        if (c == COUNTRY_AZ && i + 2 < used->len && r[i + 2].day - r[i].day < 7) {
            gsize rows[3] = { r[i].row, r[i + 1].row, r[i + 2].row };
            for (int x = 0; x < 2; x++)
                for (int y = 0; y < 2 - x; y++)
                    if (rows[y] > rows[y + 1]) {
                        gsize t = rows[y];
                        rows[y] = rows[y + 1];
                        rows[y + 1] = t;
                    }
            yp_day_format(r[i].day, a);
            yp_day_format(r[i + 2].day, b);
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Moving holiday rows %" G_GSIZE_FORMAT ", %" G_GSIZE_FORMAT
                        " and %" G_GSIZE_FORMAT " (%s to %s) fall within one week; for "
                        "Azerbaijan give the two days of Ramazan and the two days of Gurban "
                        "bayrami, no more.",
                        rows[0], rows[1], rows[2], a, b);
            return FALSE;
        }
    }
    return TRUE;
}

/* Days a transferable holiday on @info gives to the next working days. */
static int transfers_of(Country country, const DayInfo *info)
{
    if (info->holidays == 0)
        return 0;
    if (country == COUNTRY_KZ) {
        /* Law on holidays art. 5: a holiday on a day off (weekly, or Christmas
         * and Kurban ait, which art. 84 p. 5 makes days off) moves that day
         * off to the next working day. */
        return (info->flags & (DAY_WEEKLY_OFF | DAY_OTHER_OFF)) != 0 ? 1 : 0;
    }
    /* Labour Code art. 105 p. 5: a weekly rest day that coincides with a
     * non-working holiday moves to the working day right after it. p. 6: a
     * day of Ramazan or Gurban that coincides with another non-working
     * holiday makes the next working day a day off. */
    int n = (info->flags & DAY_WEEKLY_OFF) != 0 ? 1 : 0;
    if (info->moving > 0 && info->holidays >= 2)
        n++;
    return n;
}

gboolean yp_holidays_list_for_week(const char *country, int year, YpWeekend weekend,
                                   const YpDay *moving, gsize n_moving, GArray *days_out,
                                   GError **error)
{
    g_return_val_if_fail(country != NULL, FALSE);
    g_return_val_if_fail(moving != NULL || n_moving == 0, FALSE);
    g_return_val_if_fail(days_out != NULL, FALSE);
    g_return_val_if_fail(g_array_get_element_size(days_out) == sizeof(YpDay), FALSE);
    g_return_val_if_fail(error == NULL || *error == NULL, FALSE);

    Country c;
    if (!parse_country(country, &c, error))
        return FALSE;
    const char *name = c == COUNTRY_KZ ? "Kazakhstan" : "Azerbaijan";
    int first_year = c == COUNTRY_KZ ? YP_HOLIDAYS_KZ_FIRST_YEAR : YP_HOLIDAYS_AZ_FIRST_YEAR;
    if (year < first_year || year > YP_HOLIDAYS_LAST_YEAR) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The year %d is outside %d to %d, the years for which YardPlan applies "
                    "%s's current holiday law.",
                    year, first_year, YP_HOLIDAYS_LAST_YEAR, name);
        return FALSE;
    }
    if ((weekend & 0x7F) == 0x7F || (weekend & 0x80) != 0) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The weekend mask makes every day a day off; at least one day of the week "
                    "must be a working day.");
        return FALSE;
    }

    /* The window: 1 January of the year before to 31 January of the year
     * after, so transfers out of late December land inside it. */
    const YpDay from = yp_day_from_ymd(year - 1, 1, 1);
    const YpDay year_start = yp_day_from_ymd(year, 1, 1);
    const YpDay year_end = yp_day_from_ymd(year, 12, 31);
    const YpDay to = yp_day_from_ymd(year + 1, 1, 31);
    const gsize n_days = (gsize)(to - from + 1);
    g_autofree DayInfo *info = g_new0(DayInfo, n_days);

    for (gsize i = 0; i < n_days; i++)
        if ((weekend >> yp_weekday((YpDay)(from + (YpDay)i))) & 1)
            info[i].flags |= DAY_WEEKLY_OFF;

    const MonthDay *holidays = c == COUNTRY_KZ ? kz_holidays : az_holidays;
    gsize n_holidays = c == COUNTRY_KZ ? G_N_ELEMENTS(kz_holidays) : G_N_ELEMENTS(az_holidays);
    const MonthDay *days_off = c == COUNTRY_KZ ? kz_days_off : az_days_off;
    gsize n_days_off = c == COUNTRY_KZ ? G_N_ELEMENTS(kz_days_off) : G_N_ELEMENTS(az_days_off);
    for (int y = year - 1; y <= year; y++) {
        for (gsize i = 0; i < n_holidays; i++)
            info[yp_day_from_ymd(y, holidays[i].month, holidays[i].day) - from].holidays++;
        for (gsize i = 0; i < n_days_off; i++)
            info[yp_day_from_ymd(y, days_off[i].month, days_off[i].day) - from].flags |=
                DAY_OTHER_OFF;
    }

    /* Moving dates: validate all, use those of the two years, once each. */
    g_autoptr(GArray) used = g_array_new(FALSE, FALSE, sizeof(MovingRow));
    for (gsize i = 0; i < n_moving; i++) {
        YpDay d = moving[i];
        if (!yp_day_is_supported(d)) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Moving holiday row %" G_GSIZE_FORMAT " holds a date outside the "
                        "supported dates 1583-01-01 to 9999-12-31.",
                        i + 1);
            return FALSE;
        }
        if (d < from || d > year_end || info[d - from].moving > 0)
            continue;
        info[d - from].moving = 1;
        MovingRow row = { d, i + 1 };
        g_array_append_val(used, row);
    }
    if (!check_moving(c, used, error))
        return FALSE;
    for (guint i = 0; i < used->len; i++) {
        DayInfo *day = &info[g_array_index(used, MovingRow, i).day - from];
        if (c == COUNTRY_KZ)
            day->flags |= DAY_OTHER_OFF;
        else
            day->holidays++;
    }

    /* Transfers in date order, each onto the next day that is still a
     * working day; they may run past the window only from days of the year
     * after, which are never reached. */
    for (gsize i = 0; i < n_days; i++) {
        int left = transfers_of(c, &info[i]);
        for (gsize j = i + 1; left > 0 && j < n_days; j++) {
            if (info[j].flags != 0 || info[j].holidays != 0)
                continue;
            info[j].flags |= DAY_TRANSFER;
            left--;
        }
    }

    for (YpDay d = year_start; d <= year_end; d++) {
        const DayInfo *day = &info[d - from];
        if (day->holidays > 0 || (day->flags & (DAY_OTHER_OFF | DAY_TRANSFER)) != 0)
            g_array_append_val(days_out, d);
    }
    return TRUE;
}

gboolean yp_holidays_list(const char *country, int year, const YpDay *moving, gsize n_moving,
                          GArray *days_out, GError **error)
{
    return yp_holidays_list_for_week(country, year, YP_WEEKEND_DEFAULT, moving, n_moving, days_out,
                                     error);
}
