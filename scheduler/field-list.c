/* SPDX-License-Identifier: MPL-2.0 */
#include "scheduler/field-list.h"

#include <string.h>

#include "scheduler/error.h"

/* The name listed between @b and @e, or n_names when it is none of them. */
static guint find_name(const char *b, gsize len, const char *const *names, guint n_names)
{
    for (guint f = 0; f < n_names; f++) {
        if (strlen(names[f]) == len && g_ascii_strncasecmp(names[f], b, len) == 0)
            return f;
    }
    return n_names;
}

gboolean yp_field_list_parse(const char *text, const char *const *names, guint n_names,
                             guint *fields, guint *n_fields, GError **error)
{
    g_return_val_if_fail(names != NULL && n_names >= 1 && n_names <= 32, FALSE);
    g_return_val_if_fail(fields != NULL && n_fields != NULL, FALSE);
    guint n = 0;
    guint32 seen = 0;
    const char *s = text != NULL ? text : "";
    const char *item = s;
    for (const char *c = s;; c++) {
        if (*c != '\0' && *c != ',' && *c != ';')
            continue;
        const char *b = item, *e = c;
        item = c + 1;
        while (b < e && g_ascii_isspace(*b))
            b++;
        while (e > b && g_ascii_isspace(e[-1]))
            e--;
        if (b < e) {
            gsize len = (gsize)(e - b);
            guint f = find_name(b, len, names, n_names);
            if (f == n_names) {
                g_autoptr(GString) list = g_string_new(names[0]);
                for (guint k = 1; k < n_names; k++)
                    g_string_append_printf(list, ", %s", names[k]);
                g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                            "The field \"%.*s\" is not one of %s.", yp_error_clip(b, MIN(len, 40)),
                            b, list->str);
                return FALSE;
            }
            if (seen & (1u << f)) {
                g_set_error(error, YP_ERROR, YP_ERROR_INVALID,
                            "The field %s is listed twice; list each column once.", names[f]);
                return FALSE;
            }
            seen |= 1u << f;
            fields[n++] = f;
        }
        if (*c == '\0')
            break;
    }
    *n_fields = n;
    return TRUE;
}
