/* SPDX-License-Identifier: MPL-2.0 */
#include "addin/functions/functions.h"

#include "addin/call.h"
#include "scheduler/calendar.h"
#include "scheduler/error.h"
#include "scheduler/holidays.h"

#include <math.h>

/* More working days than the supported dates hold: any larger count can
 * only end outside them. */
#define MAX_DAY_COUNT 4000000.0

gboolean addin_fn_workday(AddinCall *call, GError **error)
{
    YpDay start, result;
    double days;
    g_autoptr(YpCalendar) calendar = NULL;
    if (!addin_arg_date(call, 0, NULL, &start, error) ||
        !addin_arg_number(call, 1, 0, &days, error) ||
        !addin_arg_calendar(call, 2, 3, &calendar, error))
        return FALSE;

    /* As WORKDAY does, a fractional count is cut to whole days. */
    days = trunc(days);
    if (fabs(days) > MAX_DAY_COUNT) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Days must lie between -4000000 and 4000000, not %.0f.", days);
        return FALSE;
    }
    return yp_calendar_workday(calendar, start, (gint64)days, &result, error) &&
           addin_return_date(call, result, error);
}

gboolean addin_fn_networkdays(AddinCall *call, GError **error)
{
    YpDay start, end;
    g_autoptr(YpCalendar) calendar = NULL;
    if (!addin_arg_date(call, 0, NULL, &start, error) ||
        !addin_arg_date(call, 1, NULL, &end, error) ||
        !addin_arg_calendar(call, 2, 3, &calendar, error))
        return FALSE;
    return addin_return_number(call, (double)yp_calendar_networkdays(calendar, start, end), error);
}

gboolean addin_fn_holidays(AddinCall *call, GError **error)
{
    const char *country;
    gint64 year;
    AddinRange moving_range;
    const YpDay *moving;
    gsize n_moving;
    if (!addin_arg_text(call, 0, NULL, &country, error) ||
        !addin_arg_int(call, 1, 0, 1583, 9999, &year, error) ||
        !addin_arg_range(call, 2, &moving_range, error) ||
        !addin_range_date_list(&moving_range, &moving, &n_moving, error))
        return FALSE;

    g_autoptr(GArray) days = g_array_new(FALSE, FALSE, sizeof(YpDay));
    if (!yp_holidays_list(country, (int)year, moving, n_moving, days, error))
        return FALSE;
    AddinMatrix *column = addin_return_matrix(call, days->len, 1, error);
    if (column == NULL)
        return FALSE;
    for (guint i = 0; i < days->len; i++) {
        if (!addin_matrix_set_date(column, i, 0, g_array_index(days, YpDay, i), error))
            return FALSE;
    }
    return TRUE;
}
