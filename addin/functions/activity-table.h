/* SPDX-License-Identifier: MPL-2.0 */
/* The activity table that YARD.CPM, CHECK, LEVEL, SRA and CRITICALITY take:
 * one column per argument and a row per activity, read cell by cell. */
#pragma once

#include "addin/call.h"

#define ADDIN_ACTIVITY_MAX_NUMBERS 3

/* @used rows, up to the last one holding anything in any column, are what
 * the engine sees; @rows, the height of the tallest range, is the height of
 * a result with a row per activity. The arrays belong to the table, the
 * texts to the call. */
typedef struct {
    guint rows;
    guint used;
    const char **ids;
    const char **predecessors;
    double *numbers[ADDIN_ACTIVITY_MAX_NUMBERS]; /* NaN for an empty cell */
    guint n_numbers;
} AddinActivityTable;

/**
 * addin_activity_table_read:
 * Reads the IDs of @ids_arg, the predecessor texts of @predecessors_arg and
 * @n_numbers columns of numbers (durations, or three-point estimates) of
 * @number_args, whose cells must be @wanted ("a number of working days").
 * Also counts @extra_arg's rows into @rows and @used (G_MAXUINT for none),
 * so that a value beside no activity is not ignored. Clear the table with
 * addin_activity_table_clear() whatever the outcome.
 */
gboolean addin_activity_table_read(AddinCall *call, guint ids_arg, guint predecessors_arg,
                                   const guint *number_args, guint n_numbers, const char *wanted,
                                   guint extra_arg, AddinActivityTable *out, GError **error);

void addin_activity_table_clear(AddinActivityTable *table);
