/* SPDX-License-Identifier: MPL-2.0 */
/* Working-day calendars.
 *
 * Outside the span of the exception dates a calendar is purely weekly, and
 * ordinals come from whole weeks plus a 7-entry prefix table. Inside that span
 * it is a bitset of working days in 64-day words with the ordinal of each
 * word's first day beside it, so ordinal = count[w] + popcount(bits & mask).
 * The inverse samples the word holding every 64th working day, scans forward
 * over non-empty words (at most 65 steps, typically one or two), then selects
 * the bit inside the word. */
#include "scheduler/calendar.h"
#include "scheduler/error.h"

#include <string.h>

struct _YpCalendar {
    YpWeekend weekend;
    gint64 per_week;       /* working days in a week, 1..7 */
    guint8 prefix[8];      /* working weekdays among Monday..weekday i-1 */
    guint8 select[7];      /* weekday of the r-th working weekday, r = 0.. */
    guint64 pattern[7];    /* weekly bits of 64 days starting on weekday p */
    YpDay base;            /* first day of the exception region */
    gint64 n_words;        /* 0 when there are no exceptions */
    guint64 *bits;         /* n_words: bit b of word w = day base + 64w + b works */
    gint32 *count;         /* n_words + 1: ordinal of day base + 64w */
    gint32 *next_nonempty; /* n_words + 1: first word >= w with a working day */
    gint32 *sample;        /* word holding working day count[0] + 64j */
    gint64 delta;          /* working days in the region minus weekly ones */
    gint64 ordinal_min;    /* ordinal of the first working day >= YP_DAY_FIRST */
    gint64 ordinal_max;    /* ordinal of the last working day <= YP_DAY_LAST */
};

/* ---- bit helpers ---------------------------------------------------- */

static inline int popcount64(guint64 x)
{
#if defined(__POPCNT__) || (defined(__GNUC__) && !defined(__x86_64__) && !defined(__i386__))
    /* One instruction here; on x86 without POPCNT GCC would call libgcc. */
    return __builtin_popcountll(x);
#else
    /* SWAR population count (H. S. Warren, Hacker's Delight, 2nd ed., 5-1). */
    x = x - ((x >> 1) & G_GUINT64_CONSTANT(0x5555555555555555));
    x = (x & G_GUINT64_CONSTANT(0x3333333333333333)) +
        ((x >> 2) & G_GUINT64_CONSTANT(0x3333333333333333));
    x = (x + (x >> 4)) & G_GUINT64_CONSTANT(0x0F0F0F0F0F0F0F0F);
    return (int)((x * G_GUINT64_CONSTANT(0x0101010101010101)) >> 56);
#endif
}

static inline int ctz64(guint64 x)
{
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_ctzll(x);
#else
    int n = 0;
    while ((x & 1) == 0) {
        x >>= 1;
        n++;
    }
    return n;
#endif
}

/* Set bits of a nibble, and the position of the set bit of each rank. */
static const guint8 nibble_count[16] = { 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4 };
static const guint8 nibble_select[16][4] = {
    { 0, 0, 0, 0 }, { 0, 0, 0, 0 }, { 1, 0, 0, 0 }, { 0, 1, 0, 0 }, { 2, 0, 0, 0 }, { 0, 2, 0, 0 },
    { 1, 2, 0, 0 }, { 0, 1, 2, 0 }, { 3, 0, 0, 0 }, { 0, 3, 0, 0 }, { 1, 3, 0, 0 }, { 0, 1, 3, 0 },
    { 2, 3, 0, 0 }, { 0, 2, 3, 0 }, { 1, 2, 3, 0 }, { 0, 1, 2, 3 },
};

/* Position of the set bit of rank @r (0-based) in @x; @x has more than r set
 * bits. Branch-free broadword select (S. Vigna, "Broadword implementation of
 * rank/select queries", WEA 2008): cumulative byte counts locate the byte,
 * then two nibble lookups finish; random ranks cost no mispredictions. */
static inline int select64(guint64 x, int r)
{
    const guint64 L8 = G_GUINT64_CONSTANT(0x0101010101010101);
    const guint64 H8 = G_GUINT64_CONSTANT(0x8080808080808080);
    guint64 s = x - ((x >> 1) & G_GUINT64_CONSTANT(0x5555555555555555));
    s = (s & G_GUINT64_CONSTANT(0x3333333333333333)) +
        ((s >> 2) & G_GUINT64_CONSTANT(0x3333333333333333));
    /* Byte i of s: set bits in bytes 0..i of x. */
    s = ((s + (s >> 4)) & G_GUINT64_CONSTANT(0x0F0F0F0F0F0F0F0F)) * L8;
    /* High bit of byte i set when bytes 0..i hold at most r set bits. */
    guint64 at_most = ((((guint64)r * L8) | H8) - s) & H8;
    int place = (int)((((at_most >> 7) * L8) >> 53) & ~G_GUINT64_CONSTANT(7));
    int rank = r - (int)(((s << 8) >> place) & 0xFF);
    unsigned byte = (unsigned)(x >> place) & 0xFF;
    int low = nibble_count[byte & 15];
    int high = rank >= low;
    unsigned nibble = high ? byte >> 4 : byte & 15;
    rank -= high ? low : 0;
    return place + 4 * high + nibble_select[nibble][rank];
}

/* ---- dates ---------------------------------------------------------- */

/* GLib's Julian day of 1970-01-01 (day 1 = 0001-01-01). */
#define DAY_OF_EPOCH 719163

int yp_weekday(YpDay day)
{
    /* Day 1, 0001-01-01 of the proleptic Gregorian calendar, is a Monday. */
    int w = (int)(((gint64)day - 1) % 7);
    return w < 0 ? w + 7 : w;
}

gboolean yp_day_is_supported(YpDay day)
{
    return day >= YP_DAY_FIRST && day <= YP_DAY_LAST;
}

static int days_in_month(int year, int month)
{
    static const guint8 length[12] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    if (month == 2 && (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)))
        return 29;
    return length[month - 1];
}

YpDay yp_day_from_ymd(int year, int month, int day)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
        day > days_in_month(year, month))
        return 0;
    /* Days from civil, H. Hinnant, "chrono-Compatible Low-Level Date
     * Algorithms" (2013): years counted from March so the leap day is last,
     * 400-year eras of 146097 days. */
    gint64 y = year - (month <= 2);
    gint64 era = y / 400; /* y >= 0 here */
    gint64 yoe = y - era * 400;
    gint64 doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    gint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (YpDay)(era * 146097 + doe - 719468 + DAY_OF_EPOCH);
}

void yp_day_to_ymd(YpDay day, int *year, int *month, int *mday)
{
    /* Civil from days, same source as yp_day_from_ymd(). */
    gint64 z = (gint64)day - DAY_OF_EPOCH + 719468;
    gint64 era = (z >= 0 ? z : z - 146096) / 146097;
    gint64 doe = z - era * 146097;
    gint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    gint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    gint64 mp = (5 * doy + 2) / 153;
    int d = (int)(doy - (153 * mp + 2) / 5 + 1);
    int m = (int)(mp < 10 ? mp + 3 : mp - 9);
    int y = (int)(yoe + era * 400 + (m <= 2));
    if (year != NULL)
        *year = y;
    if (month != NULL)
        *month = m;
    if (mday != NULL)
        *mday = d;
}

void yp_day_format(YpDay day, char buf[YP_DAY_FORMAT_SIZE])
{
    int y, m, d;
    if (!yp_day_is_supported(day)) {
        g_snprintf(buf, YP_DAY_FORMAT_SIZE, "day %" G_GINT32_FORMAT, day);
        return;
    }
    yp_day_to_ymd(day, &y, &m, &d);
    g_snprintf(buf, YP_DAY_FORMAT_SIZE, "%04d-%02d-%02d", y, m, d);
}

/* ---- weekend texts -------------------------------------------------- */

/* The text as a planner typed it, shortened for an error message. */
static char *quote_text(const char *text)
{
    if (!g_utf8_validate(text, -1, NULL))
        return g_strdup("(text that is not valid UTF-8)");
    if (g_utf8_strlen(text, -1) <= 24)
        return g_strdup_printf("\"%s\"", text);
    g_autofree char *head = g_utf8_substring(text, 0, 20);
    return g_strdup_printf("\"%s...\"", head);
}

gboolean yp_weekend_parse(const char *text, YpWeekend *out, GError **error)
{
    g_return_val_if_fail(text != NULL, FALSE);
    g_return_val_if_fail(out != NULL, FALSE);
    g_return_val_if_fail(error == NULL || *error == NULL, FALSE);

    g_autofree char *trimmed = g_strstrip(g_strdup(text));
    g_autofree char *shown = quote_text(trimmed);

    if (g_ascii_strcasecmp(trimmed, "5D") == 0) {
        *out = 0x60;
        return TRUE;
    }
    if (g_ascii_strcasecmp(trimmed, "6D") == 0) {
        *out = 0x40;
        return TRUE;
    }
    if (g_ascii_strcasecmp(trimmed, "7D") == 0) {
        *out = 0x00;
        return TRUE;
    }
    if (trimmed[0] == '\0') {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The weekend text is empty; give 7 characters Monday to Sunday, 0 for a "
                    "working day and 1 for a day off (e.g. 0000011), or 5D, 6D or 7D.");
        return FALSE;
    }
    glong length =
        g_utf8_validate(trimmed, -1, NULL) ? g_utf8_strlen(trimmed, -1) : (glong)strlen(trimmed);
    if (length != 7) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The weekend text %s has %ld characters; give exactly 7, Monday to Sunday, "
                    "0 for a working day and 1 for a day off (e.g. 0000011), or 5D, 6D or 7D.",
                    shown, length);
        return FALSE;
    }
    /* Seven characters: if they are not all ASCII some byte is not 0 or 1. */
    YpWeekend mask = 0;
    const char *p = trimmed;
    for (int i = 0; i < 7; i++) {
        gunichar c = g_utf8_get_char_validated(p, -1);
        if (c != '0' && c != '1') {
            char bad[8] = { 0 };
            if (c == (gunichar)-1 || c == (gunichar)-2)
                g_strlcpy(bad, "?", sizeof bad);
            else
                g_unichar_to_utf8(c, bad);
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "The weekend text %s has \"%s\" at position %d; use only 0 (working "
                        "day) and 1 (day off), Monday to Sunday, or 5D, 6D or 7D.",
                        shown, bad, i + 1);
            return FALSE;
        }
        if (c == '1')
            mask |= (YpWeekend)(1u << i);
        p = g_utf8_next_char(p);
    }
    if (mask == 0x7F) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The weekend text %s makes all seven days days off; at least one day of "
                    "the week must be a working day.",
                    shown);
        return FALSE;
    }
    *out = mask;
    return TRUE;
}

/* ---- the calendar --------------------------------------------------- */

static inline gboolean weekly_works(const YpCalendar *cal, YpDay day)
{
    return ((cal->weekend >> yp_weekday(day)) & 1) == 0;
}

/* Weekly working days in days 1 .. day-1; day >= 1. */
static inline gint64 weekly_ordinal(const YpCalendar *cal, YpDay day)
{
    gint64 x = (gint64)day - 1;
    return (x / 7) * cal->per_week + cal->prefix[x % 7];
}

/* The weekly working day whose weekly ordinal is @n >= 0. */
static inline gint64 weekly_day(const YpCalendar *cal, gint64 n)
{
    gint64 q = n / cal->per_week;
    gint64 r = n - q * cal->per_week;
    return 1 + 7 * q + cal->select[r];
}

static inline gint64 ordinal_of(const YpCalendar *cal, YpDay day)
{
    gint64 off = (gint64)day - cal->base;
    if (cal->n_words > 0 && off >= 0) {
        gint64 w = off >> 6;
        if (w < cal->n_words) {
            guint64 below = (G_GUINT64_CONSTANT(1) << (off & 63)) - 1;
            return cal->count[w] + popcount64(cal->bits[w] & below);
        }
        return weekly_ordinal(cal, day) + cal->delta;
    }
    return weekly_ordinal(cal, day);
}

static inline gboolean works(const YpCalendar *cal, YpDay day)
{
    gint64 off = (gint64)day - cal->base;
    if (cal->n_words > 0 && off >= 0 && (off >> 6) < cal->n_words)
        return (cal->bits[off >> 6] >> (off & 63)) & 1;
    return weekly_works(cal, day);
}

/* The working day with ordinal @n; @n within ordinal_min..ordinal_max. */
static inline YpDay day_of(const YpCalendar *cal, gint64 n)
{
    if (cal->n_words == 0 || n < cal->count[0])
        return (YpDay)weekly_day(cal, n);
    if (n >= cal->count[cal->n_words])
        return (YpDay)weekly_day(cal, n - cal->delta);
    /* 64 working days of a five- or six-day week span at most three words:
     * two branch-free steps settle those, so the loop below is almost never
     * entered and its branch is predicted. */
    gint32 w = cal->sample[(n - cal->count[0]) >> 6];
    w += cal->count[w + 1] <= n;
    w += cal->count[w + 1] <= n;
    while (cal->count[w + 1] <= n)
        w = cal->next_nonempty[w + 1];
    int bit = select64(cal->bits[w], (int)(n - cal->count[w]));
    return (YpDay)(cal->base + 64 * (gint64)w + bit);
}

void yp_calendar_free(YpCalendar *calendar)
{
    if (calendar == NULL)
        return;
    g_free(calendar->bits);
    g_free(calendar->count);
    g_free(calendar->next_nonempty);
    g_free(calendar->sample);
    g_free(calendar);
}

/* The row an exception came from, 1-based, as the caller numbered it. */
static gsize exception_row(const YpCalendarException *ex, gsize i)
{
    return ex[i].row != 0 ? ex[i].row : i + 1;
}

/* The first two rows (1-based) that list @day with opposite meanings. */
static void find_conflict(const YpCalendarException *ex, gsize n, YpDay day, gsize *row_a,
                          gsize *row_b)
{
    gsize first = 0;
    for (gsize i = 0; i < n; i++) {
        if (ex[i].day != day)
            continue;
        if (first == 0) {
            first = i + 1;
        } else if ((ex[i].working != 0) != (ex[first - 1].working != 0)) {
            *row_a = exception_row(ex, first - 1);
            *row_b = exception_row(ex, i);
            return;
        }
    }
    *row_a = *row_b = first > 0 ? exception_row(ex, first - 1) : 0;
}

static gboolean build_region(YpCalendar *cal, const YpCalendarException *ex, gsize n,
                             GError **error)
{
    YpDay lo = YP_DAY_LAST, hi = YP_DAY_FIRST;
    for (gsize i = 0; i < n; i++) {
        if (!yp_day_is_supported(ex[i].day)) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Exception row %" G_GSIZE_FORMAT " holds a date outside the supported "
                        "dates 1583-01-01 to 9999-12-31.",
                        exception_row(ex, i));
            return FALSE;
        }
        lo = MIN(lo, ex[i].day);
        hi = MAX(hi, ex[i].day);
    }
    /* At most (YP_DAY_LAST - YP_DAY_FIRST) / 64 + 1 = 48,036 words: the span
     * of supported dates bounds every allocation below, so no count of
     * exception rows needs a limit (under 1 MB kept, 1.7 MB while building). */
    gint64 n_words = ((gint64)hi - lo) / 64 + 1;
    cal->base = lo;
    cal->n_words = n_words;
    cal->bits = g_new(guint64, n_words);
    cal->count = g_new(gint32, n_words + 1);
    cal->next_nonempty = g_new(gint32, n_words + 1);

    g_autofree guint64 *off = g_new0(guint64, n_words);
    g_autofree guint64 *on = g_new0(guint64, n_words);
    for (gsize i = 0; i < n; i++) {
        gint64 o = (gint64)ex[i].day - lo;
        guint64 bit = G_GUINT64_CONSTANT(1) << (o & 63);
        if (ex[i].working)
            on[o >> 6] |= bit;
        else
            off[o >> 6] |= bit;
    }
    for (gint64 w = 0; w < n_words; w++) {
        guint64 clash = on[w] & off[w];
        if (clash != 0) {
            YpDay day = (YpDay)(lo + 64 * w + ctz64(clash));
            gsize row_a, row_b;
            char shown[YP_DAY_FORMAT_SIZE];
            find_conflict(ex, n, day, &row_a, &row_b);
            yp_day_format(day, shown);
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Exception rows %" G_GSIZE_FORMAT " and %" G_GSIZE_FORMAT " both list "
                        "%s, one as a working day and one as a day off; keep one of them.",
                        row_a, row_b, shown);
            return FALSE;
        }
        /* Word w starts on weekday (lo - 1 + 64w) mod 7. */
        int phase = yp_weekday((YpDay)(lo + (64 * w) % 7));
        cal->bits[w] = (cal->pattern[phase] & ~off[w]) | on[w];
    }

    gint64 ord = weekly_ordinal(cal, lo);
    for (gint64 w = 0; w < n_words; w++) {
        cal->count[w] = (gint32)ord;
        ord += popcount64(cal->bits[w]);
    }
    cal->count[n_words] = (gint32)ord;
    YpDay end = (YpDay)(lo + 64 * n_words);
    cal->delta = ord - weekly_ordinal(cal, end);

    cal->next_nonempty[n_words] = (gint32)n_words;
    for (gint64 w = n_words - 1; w >= 0; w--)
        cal->next_nonempty[w] = cal->bits[w] != 0 ? (gint32)w : cal->next_nonempty[w + 1];

    gint64 total = ord - cal->count[0];
    gint64 n_samples = total / 64 + 1;
    cal->sample = g_new(gint32, n_samples);
    gint64 j = 0;
    for (gint64 w = 0; w < n_words && j < n_samples; w++) {
        /* Working days count[w] .. count[w+1]-1 (relative to count[0]) live in w. */
        while (j < n_samples && cal->count[0] + 64 * j < cal->count[w + 1]) {
            cal->sample[j] = (gint32)w;
            j++;
        }
    }
    for (; j < n_samples; j++)
        cal->sample[j] = (gint32)(n_words - 1); /* never read: beyond the region's days */
    return TRUE;
}

YpCalendar *yp_calendar_new(YpWeekend weekend, const YpCalendarException *exceptions,
                            gsize n_exceptions, GError **error)
{
    g_return_val_if_fail(exceptions != NULL || n_exceptions == 0, NULL);
    g_return_val_if_fail(error == NULL || *error == NULL, NULL);

    if ((weekend & 0x7F) == 0x7F || (weekend & 0x80) != 0) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The weekend mask makes every day a day off (or is not a 7-day mask); at "
                    "least one day of the week must be a working day.");
        return NULL;
    }

    g_autoptr(YpCalendar) cal = g_new0(YpCalendar, 1);
    cal->weekend = weekend;
    int k = 0;
    for (int i = 0; i < 7; i++) {
        cal->prefix[i] = (guint8)k;
        if (((weekend >> i) & 1) == 0)
            cal->select[k++] = (guint8)i;
    }
    cal->prefix[7] = (guint8)k;
    cal->per_week = k;
    for (int p = 0; p < 7; p++) {
        guint64 bits = 0;
        for (int b = 0; b < 64; b++)
            if (((weekend >> ((p + b) % 7)) & 1) == 0)
                bits |= G_GUINT64_CONSTANT(1) << b;
        cal->pattern[p] = bits;
    }

    if (n_exceptions > 0 && !build_region(cal, exceptions, n_exceptions, error))
        return NULL;

    cal->ordinal_min = ordinal_of(cal, YP_DAY_FIRST);
    cal->ordinal_max = ordinal_of(cal, YP_DAY_LAST) + (works(cal, YP_DAY_LAST) ? 1 : 0) - 1;
    return g_steal_pointer(&cal);
}

YpWeekend yp_calendar_weekend(const YpCalendar *calendar)
{
    g_return_val_if_fail(calendar != NULL, YP_WEEKEND_DEFAULT);
    return calendar->weekend;
}

gboolean yp_calendar_is_working(const YpCalendar *calendar, YpDay day)
{
    g_return_val_if_fail(calendar != NULL, FALSE);
    g_return_val_if_fail(yp_day_is_supported(day), FALSE);
    return works(calendar, day);
}

gint64 yp_calendar_ordinal(const YpCalendar *calendar, YpDay day)
{
    g_return_val_if_fail(calendar != NULL, 0);
    g_return_val_if_fail(yp_day_is_supported(day), 0);
    return ordinal_of(calendar, day);
}

gboolean yp_calendar_day(const YpCalendar *calendar, gint64 ordinal, YpDay *out, GError **error)
{
    g_return_val_if_fail(calendar != NULL, FALSE);
    g_return_val_if_fail(out != NULL, FALSE);
    g_return_val_if_fail(error == NULL || *error == NULL, FALSE);
    if (ordinal < calendar->ordinal_min || ordinal > calendar->ordinal_max) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The working day %" G_GINT64_FORMAT " of this calendar falls outside the "
                    "supported dates 1583-01-01 to 9999-12-31.",
                    ordinal);
        return FALSE;
    }
    *out = day_of(calendar, ordinal);
    return TRUE;
}

gboolean yp_calendar_workday(const YpCalendar *calendar, YpDay start, gint64 days, YpDay *out,
                             GError **error)
{
    g_return_val_if_fail(calendar != NULL, FALSE);
    g_return_val_if_fail(out != NULL, FALSE);
    g_return_val_if_fail(error == NULL || *error == NULL, FALSE);

    if (!yp_day_is_supported(start)) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "The start date lies outside the supported dates 1583-01-01 to 9999-12-31.");
        return FALSE;
    }
    if (days == 0) {
        *out = start;
        return TRUE;
    }
    /* WORKDAY never counts @start: forward, the first working day after it
     * has ordinal ord(start) + works(start); backward, the last one before it
     * has ordinal ord(start) - 1. The bound on |days| keeps the sum exact. */
    const gint64 span = (gint64)YP_DAY_LAST - YP_DAY_FIRST + 1;
    gint64 ord = ordinal_of(calendar, start);
    gint64 target = 0;
    gboolean inside = days >= -span && days <= span;
    if (inside) {
        target = days > 0 ? ord + (works(calendar, start) ? 1 : 0) + days - 1 : ord + days;
        inside = target >= calendar->ordinal_min && target <= calendar->ordinal_max;
    }
    if (!inside) {
        char shown[YP_DAY_FORMAT_SIZE];
        yp_day_format(start, shown);
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Counting %" G_GINT64_FORMAT " working days from %s goes %s the supported "
                    "dates (1583-01-01 to 9999-12-31).",
                    days, shown, days > 0 ? "past the end of" : "before the start of");
        return FALSE;
    }
    *out = day_of(calendar, target);
    return TRUE;
}

gint64 yp_calendar_networkdays(const YpCalendar *calendar, YpDay start, YpDay end)
{
    g_return_val_if_fail(calendar != NULL, 0);
    g_return_val_if_fail(yp_day_is_supported(start) && yp_day_is_supported(end), 0);
    if (start <= end)
        return ordinal_of(calendar, end) + (works(calendar, end) ? 1 : 0) -
               ordinal_of(calendar, start);
    return -(ordinal_of(calendar, start) + (works(calendar, start) ? 1 : 0) -
             ordinal_of(calendar, end));
}
