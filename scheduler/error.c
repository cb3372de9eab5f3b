/* SPDX-License-Identifier: MPL-2.0 */
#include "scheduler/error.h"

/* The quark's name is the macro's first argument, spelled as is. */
/* clang-format off */
G_DEFINE_QUARK(yp-error-quark, yp_error)
/* clang-format on */

int yp_error_clip(const char *text, gsize max)
{
    gsize n = 0;
    while (n < max && text[n] != '\0')
        n++;
    /* A continuation byte at the cut means a character would be split. */
    while (n > 0 && ((guchar)text[n] & 0xc0) == 0x80)
        n--;
    return (int)n;
}
