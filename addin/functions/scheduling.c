/* SPDX-License-Identifier: MPL-2.0 */
/* YARD.CPM and YARD.CHECK: the activity table read cell by cell, the
 * network and the passes in scheduler/network.c and scheduler/cpm.c. */
#include "addin/functions/functions.h"

#include "addin/call.h"
#include "addin/functions/activity-table.h"
#include "scheduler/cpm.h"
#include "scheduler/error.h"
#include "scheduler/network.h"

#include <math.h>
#include <string.h>

/* Argument positions: the table, then YARD.CPM's own. */
enum { ARG_IDS, ARG_DURATIONS, ARG_PREDECESSORS, N_TABLE_ARGS };
enum { CPM_START = N_TABLE_ARGS, CPM_WEEKEND, CPM_EXCEPTIONS, CPM_FIELDS };

static gboolean read_table(AddinCall *call, AddinActivityTable *t, GError **error)
{
    const guint durations = ARG_DURATIONS;
    return addin_activity_table_read(call, ARG_IDS, ARG_PREDECESSORS, &durations, 1,
                                     "a number of working days", G_MAXUINT, t, error);
}

gboolean addin_fn_cpm(AddinCall *call, GError **error)
{
    gboolean dated;
    YpDay start;
    const char *fields;
    g_autoptr(YpCalendar) calendar = NULL;
    if (!addin_arg_date(call, CPM_START, &dated, &start, error) ||
        !addin_arg_calendar(call, CPM_WEEKEND, CPM_EXCEPTIONS, &calendar, error) ||
        !addin_arg_text(call, CPM_FIELDS, "", &fields, error))
        return FALSE;

    AddinActivityTable t;
    gboolean ok = read_table(call, &t, error);
    g_autoptr(YpCpmTable) result = ok ? yp_cpm_run(t.ids, t.numbers[0], t.predecessors, t.used,
                                                   calendar, dated ? start : 0, fields, error)
                                      : NULL;
    addin_activity_table_clear(&t);
    if (result == NULL)
        return FALSE;

    /* One row per row of the ranges; blank rows and rows past the last one
     * used stay empty. */
    AddinMatrix *m = addin_return_matrix(call, MAX(t.rows, 1), result->n_fields, error);
    if (m == NULL)
        return FALSE;
    for (gsize row = 0; row < result->n_rows; row++) {
        for (guint f = 0; f < result->n_fields; f++) {
            double v = result->values[row * result->n_fields + f];
            if (isnan(v))
                continue;
            YpCpmField field = result->fields[f];
            gboolean is_date = result->dated && field <= YP_CPM_LF;
            if (is_date ? !addin_matrix_set_date(m, (guint)row, f, (YpDay)v, error)
                        : !addin_matrix_set_number(m, (guint)row, f, v, error))
                return FALSE;
        }
    }
    return TRUE;
}

/* TRUE when a result with a row per row of @t would hold blank rows past
 * the height Calc can take (ADDIN_MAX_MIXED_RESULT_ROWS), as whole columns
 * do: YARD.CPM refuses such a table though the network is sound. */
static gboolean too_tall_with_blanks(const AddinActivityTable *t)
{
    if (t->rows <= ADDIN_MAX_MIXED_RESULT_ROWS)
        return FALSE;
    if (t->used < t->rows)
        return TRUE;
    for (guint row = 0; row < t->used; row++) {
        const char *c = t->ids[row];
        while (*c != '\0' && g_unichar_isspace(g_utf8_get_char(c)))
            c = g_utf8_next_char(c);
        if (*c == '\0')
            return TRUE;
    }
    return FALSE;
}

gboolean addin_fn_check(AddinCall *call, GError **error)
{
    /* Every problem of the table is the answer, not an error. */
    (void)error;
    AddinActivityTable t;
    g_autoptr(GError) problem = NULL;
    g_autofree char *message = NULL;
    if (!read_table(call, &t, &problem))
        message = g_strdup(problem->message);
    else if ((message = yp_network_check(t.ids, t.numbers[0], t.predecessors, t.used)) != NULL &&
             strcmp(message, "OK") == 0 && too_tall_with_blanks(&t)) {
        g_free(message);
        message = g_strdup_printf(
            "The network is sound, but its %u rows include blank ones, more than the %d rows "
            "with blank cells Calc can show in reasonable time: YARD.CPM gives an error; give "
            "the rows of the table (e.g. A2:A5000) rather than whole columns.",
            t.rows, ADDIN_MAX_MIXED_RESULT_ROWS);
    }
    addin_activity_table_clear(&t);
    addin_return_text(call, message);
    return TRUE;
}
