/* SPDX-License-Identifier: MPL-2.0 */
#include "scheduler/caseless.h"

#include <string.h>

#define DOTLESS_I           0x0131
#define COMBINING_DOT_ABOVE 0x0307

char *yp_caseless_key(const char *text, gssize len, GNormalizeMode mode)
{
    g_return_val_if_fail(text != NULL, NULL);
    g_return_val_if_fail(mode == G_NORMALIZE_NFD || mode == G_NORMALIZE_NFKD, NULL);
    if (len < 0 ? !g_utf8_validate(text, -1, NULL) : !g_utf8_validate_len(text, (gsize)len, NULL))
        return NULL;
    g_autofree char *decomposed = g_utf8_normalize(text, len, mode);
    if (decomposed == NULL)
        return NULL;
    g_autofree char *folded = g_utf8_casefold(decomposed, -1);
    GString *key = g_string_sized_new(strlen(folded));
    for (const char *p = folded; *p != '\0'; p = g_utf8_next_char(p)) {
        gunichar c = g_utf8_get_char(p);
        /* "İ" decomposes and folds to "i" + U+0307: drop the dot. */
        if (c == COMBINING_DOT_ABOVE && key->len > 0 && key->str[key->len - 1] == 'i')
            continue;
        g_string_append_unichar(key, c == DOTLESS_I ? 'i' : c);
    }
    g_autofree char *unified = g_string_free(key, FALSE);
    return g_utf8_normalize(unified, -1,
                            mode == G_NORMALIZE_NFD ? G_NORMALIZE_NFC : G_NORMALIZE_NFKC);
}
