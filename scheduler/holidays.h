/* SPDX-License-Identifier: MPL-2.0 */
/* Statutory non-working days of Kazakhstan and Azerbaijan, with each
 * country's rules for holidays that fall on days off. Sources and rules:
 * docs/calendars.md. */
#pragma once

#include <glib.h>

#include "scheduler/calendar.h"

G_BEGIN_DECLS

/* The years whose lists follow the law in force today: Kazakhstan since the
 * amendments of 29 September 2022 (Republic Day back, 1 and 17 December
 * gone), Azerbaijan since 8 November Victory Day was added (2021). Later
 * years apply today's law; the range ends where projecting it stops making
 * sense. */
#define YP_HOLIDAYS_KZ_FIRST_YEAR 2023
#define YP_HOLIDAYS_AZ_FIRST_YEAR 2021
#define YP_HOLIDAYS_LAST_YEAR     2100

/**
 * yp_holidays_list:
 * @country: "KZ" (Kazakhstan) or "AZ" (Azerbaijan); case-insensitive,
 *   surrounding blanks ignored.
 * @year: the calendar year.
 * @moving: (nullable): the religious holidays whose dates are announced
 *   each year, as days of any year: for KZ the first day of Kurban ait, for
 *   AZ both days of Ramazan bayrami and both days of Gurban bayrami. Those in
 *   @year are used, and those of @year - 1 whose transfers reach into @year.
 *   Repeated dates count once. Dates too close together for the feasts
 *   (two KZ dates less than 300 days apart; three AZ dates within a week)
 *   are an error: the usual slip is listing every day of a feast.
 * @n_moving: the number of @moving dates.
 * @days_out: a GArray of YpDay; the caller owns it.
 *
 * Appends to @days_out, in ascending order and without repeats, every
 * statutory non-working date of @year for a worker on the standard
 * five-day week (Saturday and Sunday off): the holidays themselves (also
 * those falling on a Saturday or Sunday) and the working days that become
 * days off under the country's transfer rules. Decrees that swap working
 * days for a bridge are not statutory and are not included.
 *
 * Returns: TRUE, or FALSE with YP_ERROR_INVALID (unknown country, year
 *   outside the supported years, a moving date outside the supported dates,
 *   moving dates too close together) and @days_out untouched.
 */
gboolean yp_holidays_list(const char *country, int year, const YpDay *moving, gsize n_moving,
                          GArray *days_out, GError **error);

/**
 * yp_holidays_list_for_week:
 * As yp_holidays_list(), for a worker whose weekly days off are @weekend
 * (e.g. 0x40 for a six-day week with Sunday off): the laws transfer a
 * holiday that coincides with the worker's own weekly day off, so the
 * transferred days depend on the week. Holidays on weekly days off are
 * listed all the same.
 */
gboolean yp_holidays_list_for_week(const char *country, int year, YpWeekend weekend,
                                   const YpDay *moving, gsize n_moving, GArray *days_out,
                                   GError **error);

G_END_DECLS
