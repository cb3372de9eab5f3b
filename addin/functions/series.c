/* SPDX-License-Identifier: MPL-2.0 */
#include "addin/functions/functions.h"

#include "addin/call.h"
#include "scheduler/berth.h"
#include "scheduler/error.h"
#include "scheduler/learning.h"

#include <math.h>

/* More working days than the supported dates hold: a longer berth period
 * can only end outside them. */
#define MAX_BERTH_DAYS 4000000.0

static gboolean read_model(AddinCall *call, guint arg, YpLearningModel *out, GError **error)
{
    const char *text;
    return addin_arg_text(call, arg, "", &text, error) && yp_learning_model_parse(text, out, error);
}

gboolean addin_fn_learn(AddinCall *call, GError **error)
{
    double first, unit, rate, value;
    YpLearningModel model;
    if (!addin_arg_number(call, 0, 0, &first, error) ||
        !addin_arg_number(call, 1, 0, &unit, error) ||
        !addin_arg_number(call, 2, 0, &rate, error) || !read_model(call, 3, &model, error))
        return FALSE;
    return yp_learning_unit(first, unit, rate, model, &value, error) &&
           addin_return_number(call, value, error);
}

gboolean addin_fn_learntotal(AddinCall *call, GError **error)
{
    double first, from_unit, to_unit, rate, total;
    YpLearningModel model;
    if (!addin_arg_number(call, 0, 0, &first, error) ||
        !addin_arg_number(call, 1, 0, &from_unit, error) ||
        !addin_arg_number(call, 2, 0, &to_unit, error) ||
        !addin_arg_number(call, 3, 0, &rate, error) || !read_model(call, 4, &model, error))
        return FALSE;
    return yp_learning_total(first, from_unit, to_unit, rate, model, &total, error) &&
           addin_return_number(call, total, error);
}

/* The numbers of a vector argument, in order; the array belongs to the
 * caller. */
static gboolean read_numbers(AddinCall *call, guint arg, gsize limit, double **out, gsize *n,
                             GError **error)
{
    AddinVector vector;
    if (!addin_arg_vector(call, arg, &vector, error))
        return FALSE;
    *n = vector.n;
    if (*n > limit) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "%s has %" G_GSIZE_FORMAT " cells, more than the %" G_GSIZE_FORMAT
                    " a fit accepts.",
                    addin_arg_name(call, arg), *n, limit);
        return FALSE;
    }
    g_autofree double *values = g_new(double, MAX(*n, 1));
    for (guint i = 0; i < vector.n; i++)
        if (!addin_vector_number(&vector, i, &values[i], error))
            return FALSE;
    *out = g_steal_pointer(&values);
    return TRUE;
}

gboolean addin_fn_learnfit(AddinCall *call, GError **error)
{
    g_autofree double *units = NULL;
    g_autofree double *values = NULL;
    gsize n_units, n_values;
    YpLearningModel model;
    YpLearningFit fit;
    if (!read_numbers(call, 0, YP_LEARNING_MAX_POINTS, &units, &n_units, error) ||
        !read_numbers(call, 1, YP_LEARNING_MAX_POINTS, &values, &n_values, error) ||
        !read_model(call, 2, &model, error) ||
        !yp_learning_fit(units, n_units, values, n_values, model, &fit, error))
        return FALSE;

    AddinMatrix *row = addin_return_matrix(call, 1, 3, error);
    return row != NULL && addin_matrix_set_number(row, 0, 0, fit.first, error) &&
           addin_matrix_set_number(row, 0, 1, fit.rate, error) &&
           addin_matrix_set_number(row, 0, 2, fit.r2, error);
}

/* ---- YARD.BERTH ----------------------------------------------------------- */

/* The hull vectors, ready dates beside berth days: @n is the longer one. */
static gboolean read_hulls(AddinCall *call, YpDay **ready, int **days, gsize *n, GError **error)
{
    AddinVector ready_vector, days_vector;
    if (!addin_arg_vector(call, 0, &ready_vector, error) ||
        !addin_arg_vector(call, 1, &days_vector, error))
        return FALSE;
    *n = MAX(ready_vector.n, days_vector.n);
    if (*n == 0) {
        g_set_error_literal(error, YP_ERROR, YP_ERROR_INVALID,
                            "There are no hulls: give a ready date and berth days for each.");
        return FALSE;
    }
    if (*n > YP_BERTH_MAX_HULLS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "There are %" G_GSIZE_FORMAT " hulls, more than the %d YARD.BERTH accepts.", *n,
                    YP_BERTH_MAX_HULLS);
        return FALSE;
    }
    g_autofree YpDay *ready_days = g_new(YpDay, *n);
    g_autofree int *berth_days = g_new(int, *n);
    for (guint i = 0; i < *n; i++) {
        double d;
        if (!addin_vector_date(&ready_vector, i, &ready_days[i], error) ||
            !addin_vector_number(&days_vector, i, &d, error))
            return FALSE;
        if (d != floor(d) || d < 1 || d > MAX_BERTH_DAYS) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "%s, row %u must be a whole number of working days from 1 to 4000000, "
                        "not %g.",
                        addin_arg_name(call, 1), i + 1, d);
            return FALSE;
        }
        berth_days[i] = (int)d;
    }
    *ready = g_steal_pointer(&ready_days);
    *days = g_steal_pointer(&berth_days);
    return TRUE;
}

/* Berths: one cell holding a whole number 1..YP_BERTH_MAX_BERTHS is a
 * count (free dates NULL); anything else lists the dates from which each
 * berth is free. Date serials up to 1000 are days of 1900-1902, so the two
 * readings never meet. */
static gboolean read_berths(AddinCall *call, YpDay **free_dates, gsize *n, GError **error)
{
    AddinVector berths;
    double value;
    if (!addin_arg_vector(call, 2, &berths, error))
        return FALSE;
    *free_dates = NULL;
    if (berths.n == 1 && addin_range_number(&berths.range, 0, 0, &value) &&
        value <= YP_BERTH_MAX_BERTHS) {
        if (value != floor(value) || value < 1) {
            g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                        "Berths must be a whole number of berths from 1 to %d, or the dates "
                        "from which each berth is free, not %g.",
                        YP_BERTH_MAX_BERTHS, value);
            return FALSE;
        }
        *n = (gsize)value;
        return TRUE;
    }
    *n = berths.n;
    if (*n == 0) {
        g_set_error_literal(error, YP_ERROR, YP_ERROR_INVALID,
                            "Berths is empty: give a number of berths or the date from which "
                            "each is free.");
        return FALSE;
    }
    if (*n > YP_BERTH_MAX_BERTHS) {
        g_set_error(error, YP_ERROR, YP_ERROR_LIMIT,
                    "There are %" G_GSIZE_FORMAT " berths, more than the %d YARD.BERTH accepts.",
                    *n, YP_BERTH_MAX_BERTHS);
        return FALSE;
    }
    g_autofree YpDay *dates = g_new(YpDay, *n);
    for (guint i = 0; i < *n; i++) {
        if (!addin_vector_date(&berths, i, &dates[i], error))
            return FALSE;
    }
    *free_dates = g_steal_pointer(&dates);
    return TRUE;
}

/* Due dates beside the hulls: an empty cell (or 0, what a reference to an
 * empty cell gives) is a hull without one; NULL when the argument is absent. */
static gboolean read_due(AddinCall *call, gsize n, YpDay **due, GError **error)
{
    AddinRange range;
    *due = NULL;
    if (!addin_arg_given(call, 3))
        return TRUE;
    if (!addin_arg_range(call, 3, &range, error))
        return FALSE;
    if (range.cols > 1) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Due must be one column beside the hulls, not %u columns.", range.cols);
        return FALSE;
    }
    /* A shorter column would leave the last hulls without a due date
     * unseen: a blank cell says so, a missing one is a mistake. A lone 0
     * is a lone empty cell, the argument left empty. */
    if (addin_range_lone_zero(&range))
        return TRUE;
    if (range.rows < n) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Due has %u row%s but there are %" G_GSIZE_FORMAT " hulls; give a due "
                    "date, or a blank cell, beside each hull.",
                    range.rows, range.rows == 1 ? "" : "s", n);
        return FALSE;
    }
    gsize used = addin_range_used_rows(&range);
    if (used > n) {
        g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                    "Due, row %" G_GSIZE_FORMAT " holds a date but there is no hull in that row.",
                    used);
        return FALSE;
    }
    g_autofree YpDay *dates = g_new(YpDay, n);
    for (gsize i = 0; i < n; i++) {
        double serial;
        AddinCellKind kind = addin_range_kind(&range, (guint)i, 0);
        if (kind == ADDIN_CELL_EMPTY ||
            (addin_range_number(&range, (guint)i, 0, &serial) && serial == 0))
            dates[i] = YP_BERTH_NO_DUE;
        else if (!addin_range_date(&range, (guint)i, 0, &dates[i], error))
            return FALSE;
    }
    *due = g_steal_pointer(&dates);
    return TRUE;
}

gboolean addin_fn_berth(AddinCall *call, GError **error)
{
    g_autofree YpDay *ready = NULL;
    g_autofree int *days = NULL;
    g_autofree YpDay *free_dates = NULL;
    g_autofree YpDay *due = NULL;
    gsize n, n_berths;
    const char *rule_text;
    YpBerthRule rule;
    g_autoptr(YpCalendar) calendar = NULL;
    if (!read_hulls(call, &ready, &days, &n, error) ||
        !read_berths(call, &free_dates, &n_berths, error) || !read_due(call, n, &due, error) ||
        !addin_arg_text(call, 4, "", &rule_text, error) ||
        !yp_berth_rule_parse(rule_text, &rule, error) ||
        !addin_arg_calendar(call, 5, 6, &calendar, error))
        return FALSE;

    g_autofree YpBerthSlot *slots = g_new(YpBerthSlot, n);
    if (!yp_berth_allocate(ready, days, due, n, free_dates, n_berths, rule, calendar, slots, error))
        return FALSE;
    AddinMatrix *plan = addin_return_matrix(call, (guint)n, 4, error);
    if (plan == NULL)
        return FALSE;
    for (gsize i = 0; i < n; i++) {
        guint row = (guint)i;
        if (!addin_matrix_set_number(plan, row, 0, slots[i].berth, error) ||
            !addin_matrix_set_date(plan, row, 1, slots[i].keel, error) ||
            !addin_matrix_set_date(plan, row, 2, slots[i].launch, error) ||
            !addin_matrix_set_number(plan, row, 3, (double)slots[i].lateness, error))
            return FALSE;
    }
    return TRUE;
}
