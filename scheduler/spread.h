/* SPDX-License-Identifier: MPL-2.0 */
/* Spreading amounts over working days by a profile: cash flow by period,
 * the planned cumulative fraction (S-curve) and planned value.
 * Definitions: docs/finance.md (SPREAD) and docs/progress.md (SCURVE, PV). */
#pragma once

#include <glib.h>

#include "scheduler/calendar.h"

G_BEGIN_DECLS

/* Size limits (docs/limits.md, section "Cash-flow spreading"). */
#define YP_SPREAD_MAX_ACTIVITIES 1048576
#define YP_SPREAD_MAX_PERIODS    100000

/**
 * YpProfile:
 * How an amount is laid over an activity's working days. Each profile is a
 * cumulative distribution F on x = the fraction of the working days done:
 * @YP_PROFILE_LINEAR: F(x) = x, the same amount every working day.
 * @YP_PROFILE_FRONT: F(x) = 2x - x^2, the rate falls linearly to 0 (Beta(1,2)).
 * @YP_PROFILE_BACK: F(x) = x^2, the rate rises linearly from 0 (Beta(2,1)).
 * @YP_PROFILE_S: F(x) = 3x^2 - 2x^3, slow-fast-slow, symmetric (Beta(2,2)).
 */
typedef enum {
    YP_PROFILE_LINEAR,
    YP_PROFILE_FRONT,
    YP_PROFILE_BACK,
    YP_PROFILE_S,
} YpProfile;

/**
 * yp_spread_profile_parse:
 * @text: (nullable): "LINEAR", "FRONT", "BACK" or "S", case-insensitive,
 *   surrounding blanks ignored; NULL or empty means LINEAR.
 * Returns: FALSE with YP_ERROR_INVALID for any other text.
 */
gboolean yp_spread_profile_parse(const char *text, YpProfile *out, GError **error);

/**
 * yp_spread_profile_cdf:
 * F(@x) of @profile; @x is clamped to 0..1.
 */
double yp_spread_profile_cdf(YpProfile profile, double x);

/**
 * yp_spread_amounts:
 * Spreads each activity's amount over its working days @starts[i] ..
 * @finishes[i] (dates, both inclusive) of @calendar by @profile, and adds up
 * what falls in each period. Period j runs from @periods[j] to the day
 * before @periods[j + 1]; the last period is as long as the one before it
 * (that many months when both start on the same day of the month, at most
 * the 28th; otherwise that many calendar days). Amounts before the first
 * period or after the last one are left out (a window on the project). An
 * activity without a working day in its span (e.g. a milestone on a day
 * off) puts its whole amount in the period holding its start.
 * Cost: O(log periods + periods touched) per activity, no per-day loop.
 * @out: (out caller-allocates) (array length=n_periods): the totals.
 * Returns: FALSE with YP_ERROR_INVALID naming the row at fault, or
 *   YP_ERROR_LIMIT past YP_SPREAD_MAX_ACTIVITIES / YP_SPREAD_MAX_PERIODS.
 */
gboolean yp_spread_amounts(const YpCalendar *calendar, const YpDay *starts, const YpDay *finishes,
                           const double *amounts, gsize n, const YpDay *periods, gsize n_periods,
                           YpProfile profile, double *out, GError **error);

/**
 * yp_spread_fraction:
 * The planned fraction (0..1) of an activity from @start to @finish (both
 * inclusive) done by the end of @date, on the working days of @calendar and
 * with @profile: F(working days from @start through @date / working days
 * from @start through @finish). An activity without a working day in its
 * span counts as done from the end of its start day.
 */
gboolean yp_spread_fraction(const YpCalendar *calendar, YpDay date, YpDay start, YpDay finish,
                            YpProfile profile, double *out, GError **error);

/**
 * yp_spread_planned_value:
 * Planned value at the end of @status: sum of @budgets[i] times
 * yp_spread_fraction() of activity i.
 */
gboolean yp_spread_planned_value(const YpCalendar *calendar, const double *budgets,
                                 const YpDay *starts, const YpDay *finishes, gsize n, YpDay status,
                                 YpProfile profile, double *out, GError **error);

G_END_DECLS
