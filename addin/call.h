/* SPDX-License-Identifier: MPL-2.0 */
/* One call of a spreadsheet function: its arguments as Calc passed them,
 * read and validated cell by cell on demand, and its one result. Entries
 * see only this API, never a UNO type. */
#pragma once

#include "addin/table.h"
#include "scheduler/calendar.h"

#include <glib.h>

/* What a cell or a single value holds. */
typedef enum {
    ADDIN_CELL_EMPTY,
    ADDIN_CELL_NUMBER,
    ADDIN_CELL_TEXT,
} AddinCellKind;

/* ---- Arguments ---------------------------------------------------------
 * @arg is the 0-based index of the argument in the function's table row.
 * Every reader validates what it reads and fails with one sentence that
 * names the argument (and the cell of a range) at fault.
 * An omitted optional argument, an empty cell and an empty text are
 * "not given"; a single empty cell reaches an add-in as the number 0, so
 * for codes and for dates that default to "none" 0 counts as not given. */

/* TRUE when the argument holds something (see above). */
gboolean addin_arg_given(AddinCall *call, guint arg);

/* What a single-value argument holds (EMPTY when not given), for
 * arguments that take either a code or a number. */
AddinCellKind addin_arg_kind(AddinCall *call, guint arg);

/* A finite number; @fallback when not given. */
gboolean addin_arg_number(AddinCall *call, guint arg, double fallback, double *out, GError **error);

/* A whole number within [@min, @max]; @fallback when not given. */
gboolean addin_arg_int(AddinCall *call, guint arg, gint64 fallback, gint64 min, gint64 max,
                       gint64 *out, GError **error);

/* A count within [@min, @max] (@min >= 1), such as trials or schedules;
 * @fallback when not given or 0, the number a lone empty cell arrives as. */
gboolean addin_arg_count(AddinCall *call, guint arg, gint64 fallback, gint64 min, gint64 max,
                         gint64 *out, GError **error);

/* A date serial of the calling document, truncated to the day (as Calc's
 * own date functions do), as an engine day. Required unless @given is
 * non-NULL: then a missing date sets *given = FALSE and succeeds. */
gboolean addin_arg_date(AddinCall *call, guint arg, gboolean *given, YpDay *out, GError **error);

/* A text; @fallback when not given. Numbers are refused. The text is owned
 * by the call. */
gboolean addin_arg_text(AddinCall *call, guint arg, const char *fallback, const char **out,
                        GError **error);

/* ---- Ranges ------------------------------------------------------------ */

/* A rectangular block of cells as Calc passed it (a range, an inline
 * array or a single value); read it through the functions below. */
typedef struct {
    AddinCall *call;
    guint arg;
    guint rows;
    guint cols;
    const void *data; /* private: the cells */
    int layout;       /* private: how they are stored */
} AddinRange;

/* The argument as a range; a missing optional argument gives 0 x 0. */
gboolean addin_arg_range(AddinCall *call, guint arg, AddinRange *out, GError **error);

AddinCellKind addin_range_kind(const AddinRange *range, guint row, guint col);

/* The number in a cell, or FALSE when it holds none (or a non-finite one). */
gboolean addin_range_number(const AddinRange *range, guint row, guint col, double *out);

/* The text of a cell as UTF-8 owned by the call: the text itself, a
 * number as Calc writes it as text, at most 15 significant digits ("12",
 * "0.5"), or "" for an empty cell. NULL only for text that is not valid Unicode. */
const char *addin_range_text(const AddinRange *range, guint row, guint col);

/* The number of leading rows up to the last row holding anything, so a
 * user may select more rows than they fill. */
guint addin_range_used_rows(const AddinRange *range);

/* TRUE for one cell holding the number 0: how Calc hands over a reference
 * to a lone empty cell (C1 rather than C1:C1), for callers where 0 can
 * only mean "nothing". */
gboolean addin_range_lone_zero(const AddinRange *range);

/* An error naming the cell, what it should hold (@wanted, e.g. "a number
 * of working days") and what it holds; returns FALSE. */
gboolean addin_range_fail(const AddinRange *range, guint row, guint col, const char *wanted,
                          GError **error);

/* A number cell that may be empty: its number, NaN when it is empty, or an
 * error naming the cell and @wanted. */
gboolean addin_range_number_or_nan(const AddinRange *range, guint row, guint col,
                                   const char *wanted, double *out, GError **error);

/* The text of a cell (see addin_range_text), or an error for text that is
 * not valid Unicode. */
gboolean addin_range_get_text(const AddinRange *range, guint row, guint col, const char **out,
                              GError **error);

/* A number or a date in a cell (see addin_arg_date), or an error naming
 * the cell and what it holds. */
gboolean addin_range_get_number(const AddinRange *range, guint row, guint col, double *out,
                                GError **error);
gboolean addin_range_date(const AddinRange *range, guint row, guint col, YpDay *out,
                          GError **error);

/* The numbers or dates of a range read row by row, for arguments that are
 * lists (sets of values: a column, a row or a block): blank cells are
 * skipped, so users may select more cells than they fill, and a single
 * empty cell (which arrives as 0) is an empty list. The arrays belong to
 * the call. */
gboolean addin_range_number_list(const AddinRange *range, const double **out, gsize *n,
                                 GError **error);
gboolean addin_range_date_list(const AddinRange *range, const YpDay **out, gsize *n,
                               GError **error);

/* ---- Vectors -------------------------------------------------------------
 * A one-column or one-row argument whose cells line up with another's (a
 * start beside each amount, a value beside each unit): read by position up
 * to its last used cell, so users may select more cells than they fill, and
 * a blank cell inside is an error naming it rather than a silent shift of
 * the cells after it. A single value is a vector of one. */

typedef struct {
    AddinRange range;
    guint n;         /* cells up to the last one used */
    gboolean by_row; /* a one-row range of several columns */
} AddinVector;

gboolean addin_arg_vector(AddinCall *call, guint arg, AddinVector *out, GError **error);

/* Cell @i of the vector as a number, a date or a text (owned by the call);
 * an error naming the cell otherwise, also for a cell past the end. */
gboolean addin_vector_number(const AddinVector *vector, guint i, double *out, GError **error);
gboolean addin_vector_date(const AddinVector *vector, guint i, YpDay *out, GError **error);
gboolean addin_vector_text(const AddinVector *vector, guint i, const char **out, GError **error);

/* ---- Calendars --------------------------------------------------------- */

/* The working calendar given by a weekend argument (mask or preset text,
 * default "0000011") and an exceptions argument (one column of days off,
 * or two columns: date, 1 = working / 0 = day off; blank rows ignored). */
gboolean addin_arg_calendar(AddinCall *call, guint weekend_arg, guint exceptions_arg,
                            YpCalendar **out, GError **error);

/* ---- Results -----------------------------------------------------------
 * Set exactly one. Numbers must be finite; dates must be representable as
 * serials of the document. */

gboolean addin_return_number(AddinCall *call, double value, GError **error);
gboolean addin_return_date(AddinCall *call, YpDay day, GError **error);
/* A date and time: @day is an engine day with a fraction (noon = .5). */
gboolean addin_return_date_fraction(AddinCall *call, double day, GError **error);
void addin_return_text(AddinCall *call, const char *text);

typedef struct _AddinMatrix AddinMatrix;

/* Calc 7.4 stores a matrix holding blank or text cells into a numeric
 * matrix one cell at a time, at a cost that grows with the square of its
 * height: a whole column of blank rows takes many minutes, 50,000 rows of 7
 * columns about two seconds. Such results are refused past this height. */
#define ADDIN_MAX_MIXED_RESULT_ROWS 50000

/* A rows x cols result whose cells start empty (shown blank). */
AddinMatrix *addin_return_matrix(AddinCall *call, guint rows, guint cols, GError **error);
gboolean addin_matrix_set_number(AddinMatrix *matrix, guint row, guint col, double value,
                                 GError **error);
gboolean addin_matrix_set_date(AddinMatrix *matrix, guint row, guint col, YpDay day,
                               GError **error);
void addin_matrix_set_text(AddinMatrix *matrix, guint row, guint col, const char *text);

/* ---- Helpers for messages ---------------------------------------------- */

/* The argument's English display name, for error messages. */
const char *addin_arg_name(const AddinCall *call, guint arg);

/* A copy of @text owned by the call. */
const char *addin_call_strdup(AddinCall *call, const char *text);
