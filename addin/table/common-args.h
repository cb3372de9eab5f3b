/* SPDX-License-Identifier: MPL-2.0 */
/* Arguments that several functions share, written once. */
#pragma once

#include "addin/table.h"

#define ADDIN_ARG_WEEKEND                                                                                                                                 \
    {                                                                                                                                                     \
        .id = "weekend", .kind = ADDIN_ARG_TEXT, .optional = TRUE,                                                                                        \
        .name = { .en = "Weekend", .ru = "Выходные", .kk = "Демалыс", .az = "İstirahət" },                                                                \
        .help = {                                                                                                                                         \
            .en = "Days off each week: 7 digits Monday to Sunday, 1 = day off, or 5D, 6D, 7D; "                                                           \
                  "default 0000011 (Saturday and Sunday off)",                                                                                            \
            .ru = "Выходные дни недели: 7 цифр с понедельника по воскресенье, 1 = выходной, "      \
                  "или 5D, 6D, 7D; по умолчанию 0000011 (суббота и воскресенье)",                                                                         \
            .kk = "Аптаның демалыс күндері: дүйсенбіден жексенбіге дейін 7 цифр, 1 = демалыс, " \
                  "немесе 5D, 6D, 7D; әдепкісі 0000011 (сенбі мен жексенбі)",                                                                             \
            .az = "Həftənin istirahət günləri: bazar ertəsindən bazara qədər 7 rəqəm, "                                                        \
                  "1 = istirahət, və ya 5D, 6D, 7D; susmaya görə 0000011 (şənbə və bazar)",                                                               \
        },                                                                                                                                                \
    }

#define ADDIN_ARG_EXCEPTIONS                                                                                                                             \
    {                                                                                                                                                    \
        .id = "exceptions", .kind = ADDIN_ARG_RANGE, .optional = TRUE,                                                                                   \
        .name = { .en = "Exceptions",                                                                                                                    \
                  .ru = "Исключения",                                                                                                                    \
                  .kk = "Ерекшеліктер",                                                                                                                  \
                  .az = "İstisnalar" },                                                                                                                  \
        .help = {                                                                                                                                        \
            .en = "Holidays as one column of dates, or two columns: date and 1 = working day, "                                                          \
                  "0 = day off (for transferred working Saturdays); default none",                                                                       \
            .ru = "Праздники: один столбец дат или два столбца: дата и 1 = рабочий день, "           \
                  "0 = выходной (для перенесённых рабочих суббот); по умолчанию нет",                                                                    \
            .kk = "Мерекелер: күндердің бір бағаны немесе екі баған: күн және 1 = жұмыс күні, " \
                  "0 = демалыс (ауыстырылған жұмыс сенбілері үшін); әдепкі бойынша жоқ",                                                                 \
            .az = "Bayramlar: bir sütun tarix və ya iki sütun: tarix və 1 = iş günü, "                                                            \
                  "0 = istirahət günü (köçürülmüş iş şənbələri üçün); susmaya görə yoxdur",                                                              \
        },                                                                                                                                               \
    }
