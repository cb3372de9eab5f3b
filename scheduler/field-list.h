/* SPDX-License-Identifier: MPL-2.0 */
/* The `fields` arguments: a list of column names chosen from a fixed set. */
#pragma once

#include <glib.h>

/**
 * yp_field_list_parse:
 * @text: (nullable): names separated by ',' or ';', case-insensitive,
 *   blanks and empty items ignored.
 * @names: the accepted names, in the order of their indices.
 * @n_names: their number, 1..32.
 * @fields: receives the indices of the names in the order listed
 *   (room for @n_names).
 * @n_fields: receives their number; 0 when @text lists none (NULL, "" or
 *   blanks), for the caller's default.
 * Returns: TRUE, or FALSE with YP_ERROR_INVALID for an unknown or a
 * repeated name.
 */
gboolean yp_field_list_parse(const char *text, const char *const *names, guint n_names,
                             guint *fields, guint *n_fields, GError **error);
