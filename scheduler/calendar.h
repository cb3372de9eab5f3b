/* SPDX-License-Identifier: MPL-2.0 */
/* Working-day calendars: a weekly mask of days off plus dated exceptions,
 * with O(1) conversion between dates and working-day ordinals. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A date as an absolute day number: GLib's Julian day, 1 = 0001-01-01
 * (proleptic Gregorian). The add-in converts document serials to and from
 * this numbering with the document's NullDate; the engine never sees serials. */
typedef gint32 YpDay;

/* The supported dates: 1583-01-01 (the first whole Gregorian year) to
 * 9999-12-31. Anything outside is rejected with YP_ERROR_INVALID. */
#define YP_DAY_FIRST 577814
#define YP_DAY_LAST  3652059

/* Weekend mask: bit i set = weekday i is a day off, Monday = bit 0 ...
 * Sunday = bit 6. A mask with all seven bits set is invalid. */
typedef guint8 YpWeekend;

#define YP_WEEKEND_DEFAULT 0x60 /* "0000011": Saturday and Sunday off */

typedef struct {
    YpDay day;
    gboolean working; /* TRUE: a working day whatever the mask says; FALSE: a day off */
    guint32 row;      /* the 1-based row it came from, for messages; 0: its position */
} YpCalendarException;

typedef struct _YpCalendar YpCalendar;

/**
 * yp_weekday:
 * Monday = 0 ... Sunday = 6 for @day.
 */
int yp_weekday(YpDay day);

/**
 * yp_day_from_ymd / yp_day_to_ymd:
 * Conversions with a proleptic Gregorian date. from_ymd accepts years
 * 1..9999 and returns 0 for an invalid date (e.g. 2026-02-29); to_ymd takes
 * any day >= 1 and fills the pointers that are not NULL.
 */
YpDay yp_day_from_ymd(int year, int month, int day);
void yp_day_to_ymd(YpDay day, int *year, int *month, int *mday);

/**
 * yp_day_is_supported:
 * TRUE when @day lies within YP_DAY_FIRST..YP_DAY_LAST. Callers check user
 * dates with it before yp_calendar_ordinal(), is_working() and networkdays(),
 * which treat an unsupported date as a programmer error.
 */
gboolean yp_day_is_supported(YpDay day);

/* Room for "YYYY-MM-DD" (or "day N" for an unsupported day) and the NUL. */
#define YP_DAY_FORMAT_SIZE 24

/**
 * yp_day_format:
 * Writes @day as ISO "YYYY-MM-DD" into @buf, for error messages.
 */
void yp_day_format(YpDay day, char buf[YP_DAY_FORMAT_SIZE]);

/**
 * yp_weekend_parse:
 * @text: a 7-character mask Monday..Sunday of '0' (working) and '1' (off),
 *   or a preset "5D" (0000011), "6D" (0000001), "7D" (0000000); case-insensitive,
 *   surrounding blanks ignored.
 * An empty or blank text is an error here: the add-in turns an omitted
 * argument into YP_WEEKEND_DEFAULT before calling.
 * Returns: TRUE and the mask in @out, or FALSE with YP_ERROR_INVALID naming
 *   the fault (wrong length, a character other than 0/1, all days off).
 */
gboolean yp_weekend_parse(const char *text, YpWeekend *out, GError **error);

/**
 * yp_calendar_new:
 * @weekend: the weekly days off.
 * @exceptions: (nullable): dated exceptions in any order; a date may repeat
 *   with the same meaning, but listing it both as working and as off is an error.
 * Builds the calendar; set-up time and memory grow with the span of the
 * exception dates, never with the dates queried later (under 1 MB for any
 * span, so the number of exceptions needs no limit). Error messages name an
 * exception as "row N", N its 1-based index in @exceptions.
 * Returns: (transfer full): a new calendar, or NULL with @error set.
 */
YpCalendar *yp_calendar_new(YpWeekend weekend, const YpCalendarException *exceptions,
                            gsize n_exceptions, GError **error);
/**
 * yp_calendar_free:
 * Frees @calendar and everything it owns; NULL is allowed.
 */
void yp_calendar_free(YpCalendar *calendar);
G_DEFINE_AUTOPTR_CLEANUP_FUNC(YpCalendar, yp_calendar_free)

/**
 * yp_calendar_weekend:
 * The weekly mask @calendar was built with.
 */
YpWeekend yp_calendar_weekend(const YpCalendar *calendar);

/**
 * yp_calendar_is_working:
 * TRUE when @day is a working day: the mask, overridden by the exceptions.
 * O(1). @day must be supported (yp_day_is_supported()).
 */
gboolean yp_calendar_is_working(const YpCalendar *calendar, YpDay day);

/**
 * yp_calendar_ordinal:
 * The number of working days strictly before @day, counted from a fixed
 * origin of the calendar (so differences of ordinals count working days).
 * O(1). @day must lie within YP_DAY_FIRST..YP_DAY_LAST.
 */
gint64 yp_calendar_ordinal(const YpCalendar *calendar, YpDay day);

/**
 * yp_calendar_day:
 * The working day whose ordinal is @ordinal: the inverse of
 * yp_calendar_ordinal() on working days, so for a working day d,
 * day(ordinal(d)) = d, and for any day d, day(ordinal(d)) is the first
 * working day on or after d. O(1).
 * Returns: FALSE with YP_ERROR_INVALID when that day falls outside the
 * supported dates.
 */
gboolean yp_calendar_day(const YpCalendar *calendar, gint64 ordinal, YpDay *out, GError **error);

/**
 * yp_calendar_workday:
 * The day @days working days after @start (before it when negative), as
 * spreadsheet WORKDAY counts: @start itself is never counted, and 0 days
 * gives @start unchanged (even when it is a day off). Extra working days
 * from the exceptions count like any other working day. O(1).
 * Returns: FALSE with YP_ERROR_INVALID when @start is not supported or the
 * result falls outside the supported dates (never a wrapped value).
 */
gboolean yp_calendar_workday(const YpCalendar *calendar, YpDay start, gint64 days, YpDay *out,
                             GError **error);

/**
 * yp_calendar_networkdays:
 * Working days from @start to @end, both inclusive; negative (the count
 * from @end to @start) when @end < @start, as spreadsheet NETWORKDAYS counts.
 * O(1). Both dates must be supported (yp_day_is_supported()).
 */
gint64 yp_calendar_networkdays(const YpCalendar *calendar, YpDay start, YpDay end);

G_END_DECLS
