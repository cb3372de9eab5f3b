/* SPDX-License-Identifier: MPL-2.0 */
/* Finance and the joint venture: currencies, splits, partner balances,
 * cash-flow spreading, price escalation. */
#include "addin/table/common-args.h"
#include "addin/table/sections.h"

/* Hand-aligned: clang-format counts bytes, not characters, when aligning
 * the backslashes of a macro with Cyrillic text. */
/* clang-format off */
#define ARG_RATES                                                                                  \
    {                                                                                              \
        .id = "rates", .kind = ADDIN_ARG_RANGE,                                                    \
        .name = { .en = "Rates", .ru = "Курсы", .kk = "Бағамдар", .az = "Məzənnələr" },            \
        .help = {                                                                                  \
            .en = "The rates table: dates in the first column, currency codes in the header "      \
                  "row, cells = units of that currency per one unit of the base currency (the "    \
                  "column of 1s); an empty cell means no rate that day",                           \
            .ru = "Таблица курсов: в первом столбце даты, в строке заголовка коды валют, в "       \
                  "ячейках — количество единиц этой валюты за одну единицу базовой валюты "        \
                  "(столбец из единиц); пустая ячейка — курса в этот день нет",                    \
            .kk = "Бағамдар кестесі: бірінші бағанда күндер, тақырып жолында валюта кодтары, "     \
                  "ұяшықтарда — базалық валютаның бір бірлігіне келетін сол валюта бірліктерінің " \
                  "саны (1-лерден тұратын баған); бос ұяшық — сол күні бағам жоқ",                 \
            .az = "Məzənnə cədvəli: birinci sütunda tarixlər, başlıq sətrində valyuta kodları, "   \
                  "xanalarda — baza valyutasının bir vahidinə düşən həmin valyutanın vahidləri "   \
                  "(1-lərdən ibarət sütun); boş xana — o gün məzənnə yoxdur",                      \
        },                                                                                         \
    }

#define ARG_PROFILE                                                                                \
    {                                                                                              \
        .id = "profile", .kind = ADDIN_ARG_TEXT, .optional = TRUE,                                 \
        .name = { .en = "Profile", .ru = "Профиль", .kk = "Профиль", .az = "Profil" },             \
        .help = {                                                                                  \
            .en = "How the amount is laid over the working days: LINEAR (even), FRONT "            \
                  "(front-loaded), BACK (back-loaded) or S (slow-fast-slow); default LINEAR",      \
            .ru = "Как сумма распределяется по рабочим дням: LINEAR (равномерно), FRONT (с "       \
                  "упором на начало), BACK (с упором на конец) или S (медленно — быстро — "        \
                  "медленно); по умолчанию LINEAR",                                                \
            .kk = "Соманың жұмыс күндері бойынша бөлінуі: LINEAR (біркелкі), FRONT (басына "       \
                  "қарай көбірек), BACK (соңына қарай көбірек) немесе S (баяу — жылдам — "         \
                  "баяу); әдепкі бойынша LINEAR",                                                  \
            .az = "Məbləğin iş günləri üzrə paylanması: LINEAR (bərabər), FRONT (əsasən "          \
                  "əvvəldə), BACK (əsasən sonda) və ya S (yavaş — sürətli — yavaş); susmaya "      \
                  "görə LINEAR",                                                                   \
        },                                                                                         \
    }
/* clang-format on */

static const AddinFunction finance_functions[] = {
    {
        .name = "YARD.FX",
        .method = "fx",
        .entry = ADDIN_ENTRY(addin_fn_fx),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Converts an amount between currencies with the latest rates on or before a "
                  "date from a dated rates table",
            .ru = "Пересчитывает сумму из одной валюты в другую по последним курсам на "
                  "указанную дату или ранее из таблицы курсов",
            .kk = "Соманы бағамдар кестесіндегі берілген күнгі немесе одан бұрынғы соңғы "
                  "бағамдар бойынша бір валютадан екіншісіне қайта есептейді",
            .az = "Məbləği məzənnə cədvəlindəki verilmiş tarixə və ya ondan əvvələ aid son "
                  "məzənnələrlə bir valyutadan digərinə çevirir",
        },
        .result = {
            .en = "One amount in the target currency",
            .ru = "Одна сумма в целевой валюте",
            .kk = "Мақсатты валютадағы бір сома",
            .az = "Hədəf valyutada bir məbləğ",
        },
        .errors = {
            .en = "Err:502 for an unknown currency, a date before the first rate, a table "
                  "without a base column or with a non-positive rate",
            .ru = "Err:502 при неизвестной валюте, дате раньше первого курса, таблице без "
                  "базового столбца или с неположительным курсом",
            .kk = "Err:502 белгісіз валютада, бірінші бағамнан бұрынғы күнде, базалық бағаны "
                  "жоқ немесе оң емес бағамы бар кестеде",
            .az = "Err:502 naməlum valyutada, ilk məzənnədən əvvəlki tarixdə, baza sütunu "
                  "olmayan və ya müsbət olmayan məzənnəsi olan cədvəldə",
        },
        .args = {
            {
                .id = "amount", .kind = ADDIN_ARG_NUMBER,
                .name = { .en = "Amount", .ru = "Сумма", .kk = "Сома", .az = "Məbləğ" },
                .help = {
                    .en = "The amount to convert, in the currency it is given in",
                    .ru = "Пересчитываемая сумма в исходной валюте",
                    .kk = "Қайта есептелетін сома, бастапқы валютада",
                    .az = "Çevriləcək məbləğ, verildiyi valyutada",
                },
            },
            {
                .id = "from", .kind = ADDIN_ARG_TEXT,
                .name = { .en = "From", .ru = "Из валюты", .kk = "Бастапқы валюта",
                          .az = "İlkin valyuta" },
                .help = {
                    .en = "The currency code of the amount, as in the header of the rates "
                          "table",
                    .ru = "Код валюты суммы, как в заголовке таблицы курсов",
                    .kk = "Соманың валюта коды, бағамдар кестесінің тақырыбындағыдай",
                    .az = "Məbləğin valyuta kodu, məzənnə cədvəlinin başlığındakı kimi",
                },
            },
            {
                .id = "to", .kind = ADDIN_ARG_TEXT,
                .name = { .en = "To", .ru = "В валюту", .kk = "Мақсатты валюта",
                          .az = "Hədəf valyuta" },
                .help = {
                    .en = "The currency code to convert into",
                    .ru = "Код валюты, в которую пересчитывается сумма",
                    .kk = "Сома қайта есептелетін валюта коды",
                    .az = "Məbləğin çevriləcəyi valyutanın kodu",
                },
            },
            {
                .id = "date", .kind = ADDIN_ARG_DATE,
                .name = { .en = "Date", .ru = "Дата", .kk = "Күн", .az = "Tarix" },
                .help = {
                    .en = "The date of the conversion; the latest rates on or before it apply",
                    .ru = "Дата пересчёта; применяются последние курсы на эту дату или ранее",
                    .kk = "Қайта есептеу күні; осы күнгі немесе одан бұрынғы соңғы бағамдар "
                          "қолданылады",
                    .az = "Çevirmə tarixi; həmin tarixə və ya ondan əvvələ aid son məzənnələr "
                          "tətbiq olunur",
                },
            },
            ARG_RATES,
        },
        .examples = {
            { "YARD.FX(1000;\"KZT\";\"USD\";DATE(2024;1;3);{\"\";\"USD\";\"KZT\"|45292;1;470})",
              "1000/470", "2.13" },
            { "YARD.FX(100;\"EUR\";\"KZT\";DATE(2024;1;6);{\"\";\"USD\";\"KZT\";\"EUR\"|45292;1;"
              "470;0.92|45296;1;480;0.9})",
              "100*480/0.9", "53333.33" },
        },
    },
    {
        .name = "YARD.SPLIT",
        .method = "split",
        .entry = ADDIN_ENTRY(addin_fn_split),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Splits an amount among partners by their shares so that the parts add up "
                  "exactly to the rounded amount (largest remainder)",
            .ru = "Делит сумму между партнёрами по долям так, чтобы части в точности давали "
                  "округлённую сумму (метод наибольших остатков)",
            .kk = "Соманы серіктестер арасында үлестеріне қарай бөледі, бөліктердің қосындысы "
                  "дөңгелектенген сомаға дәл тең болады (ең үлкен қалдық әдісі)",
            .az = "Məbləği tərəfdaşlar arasında paylarına görə bölür, hissələrin cəmi "
                  "yuvarlaqlaşdırılmış məbləğə tam bərabər olur (ən böyük qalıq üsulu)",
        },
        .result = {
            .en = "One part per share, in the shape of shares; the parts add up to the amount "
                  "rounded half away from zero",
            .ru = "По одной части на каждую долю, в форме диапазона долей; сумма частей равна "
                  "сумме, округлённой с половиной в сторону от нуля",
            .kk = "Әр үлеске бір бөлік, үлестер ауқымының пішінінде; бөліктердің қосындысы "
                  "жартысы нөлден алысқа қарай дөңгелектенген сомаға тең",
            .az = "Hər paya bir hissə, paylar diapazonunun formasında; hissələrin cəmi yarısı "
                  "sıfırdan uzağa yuvarlaqlaşdırılmış məbləğə bərabərdir",
        },
        .errors = {
            .en = "Err:502 for a negative share, shares adding up to zero, Decimals outside "
                  "0..6, or an amount with more than 15 digits at that precision",
            .ru = "Err:502 при отрицательной доле, нулевой сумме долей, числе знаков вне "
                  "0..6 или сумме, имеющей при этой точности более 15 цифр",
            .kk = "Err:502 теріс үлесте, қосындысы нөлге тең үлестерде, ондық таңбалар саны "
                  "0..6 аралығынан тыс болғанда немесе осы дәлдікте 15-тен көп цифры бар сомада",
            .az = "Err:502 mənfi payda, cəmi sıfır olan paylarda, onluq rəqəmlərin sayı 0..6 "
                  "xaricində olduqda və ya bu dəqiqlikdə 15-dən çox rəqəmi olan məbləğdə",
        },
        .args = {
            {
                .id = "amount", .kind = ADDIN_ARG_NUMBER,
                .name = { .en = "Amount", .ru = "Сумма", .kk = "Сома", .az = "Məbləğ" },
                .help = {
                    .en = "The amount to split; a negative amount splits like its absolute "
                          "value, every part negative",
                    .ru = "Делимая сумма; отрицательная делится как её модуль, все части "
                          "отрицательные",
                    .kk = "Бөлінетін сома; теріс сома өз модулі сияқты бөлінеді, барлық "
                          "бөліктер теріс болады",
                    .az = "Bölünəcək məbləğ; mənfi məbləğ mütləq qiyməti kimi bölünür, bütün "
                          "hissələr mənfidir",
                },
            },
            {
                .id = "shares", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Shares", .ru = "Доли", .kk = "Үлестер", .az = "Paylar" },
                .help = {
                    .en = "The partners' shares on any scale (percent, fractions, money); an "
                          "empty cell is a share of 0; ties go to the earlier share",
                    .ru = "Доли партнёров в любом масштабе (проценты, дроби, деньги); пустая "
                          "ячейка — доля 0; при равных остатках преимущество у доли, стоящей "
                          "раньше",
                    .kk = "Серіктестердің кез келген масштабтағы үлестері (пайыз, бөлшек, "
                          "ақша); бос ұяшық — 0 үлес; қалдықтар тең болса, алдыңғы үлеске "
                          "басымдық беріледі",
                    .az = "Tərəfdaşların istənilən miqyasda payları (faiz, kəsr, pul); boş "
                          "xana — 0 pay; qalıqlar bərabər olduqda üstünlük əvvəlki paya verilir",
                },
            },
            {
                .id = "decimals", .kind = ADDIN_ARG_NUMBER, .optional = TRUE,
                .name = { .en = "Decimals", .ru = "Число знаков", .kk = "Ондық таңбалар",
                          .az = "Onluq rəqəmlər" },
                .help = {
                    .en = "Decimal places of the parts, 0 to 6; default 2",
                    .ru = "Число знаков после запятой у частей, от 0 до 6; по умолчанию 2",
                    .kk = "Бөліктердегі үтірден кейінгі таңбалар саны, 0-ден 6-ға дейін; әдепкі "
                          "бойынша 2",
                    .az = "Hissələrdə vergüldən sonrakı rəqəmlərin sayı, 0-dan 6-ya qədər; "
                          "susmaya görə 2",
                },
            },
        },
        .examples = {
            { "YARD.SPLIT(100;{1;1;1})", "{33.34;33.33;33.33}", "33.34, 33.33, 33.33" },
            { "YARD.SPLIT(-100;{1;1;1})", "{-33.34;-33.33;-33.33}", "-33.34, -33.33, -33.33" },
            { "YARD.SPLIT(10;{47000|16000|15800|12000|6100|3100};0)", "{5|2|1|1|1|0}",
              "5, 2, 1, 1, 1, 0 (a column)" },
        },
    },
    {
        .name = "YARD.JVBALANCE",
        .method = "jvbalance",
        .entry = ADDIN_ENTRY(addin_fn_jvbalance),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "For each partner of the joint venture: what it contributed, what it owed by "
                  "its equity share, and the balance, in one base currency",
            .ru = "Для каждого партнёра совместного предприятия: сколько внесено, сколько "
                  "причитается по доле участия и сальдо, в одной базовой валюте",
            .kk = "Бірлескен кәсіпорынның әр серіктесі бойынша: қанша салғаны, қатысу үлесі "
                  "бойынша қанша тиесілі және сальдо, бір базалық валютада",
            .az = "Birgə müəssisənin hər tərəfdaşı üzrə: nə qədər ödədiyi, iştirak payına görə "
                  "nə qədər düşdüyü və saldo, bir baza valyutasında",
        },
        .result = {
            .en = "N x 3: contributed, due by equity, balance (positive: paid more than its "
                  "share), one row per partner of Shares",
            .ru = "N x 3: внесено, причитается по доле, сальдо (положительное — внесено больше "
                  "своей доли), по строке на каждого партнёра из «Долей»",
            .kk = "N x 3: салғаны, үлес бойынша тиесілісі, сальдо (оң — үлесінен көп салған), "
                  "«Үлестердегі» әр серіктеске бір жол",
            .az = "N x 3: ödənilən, paya görə düşən, saldo (müsbət — payından çox ödəyib), "
                  "«Paylar»dakı hər tərəfdaşa bir sətir",
        },
        .errors = {
            .en = "Err:502 for a partner missing from Shares, an unknown currency, a date "
                  "before the first rate, a negative share or shares adding up to zero",
            .ru = "Err:502, если партнёра нет в «Долях», валюта неизвестна, дата раньше первого "
                  "курса, доля отрицательна или сумма долей равна нулю",
            .kk = "Err:502, егер серіктес «Үлестерде» болмаса, валюта белгісіз болса, күн "
                  "бірінші бағамнан бұрын болса, үлес теріс болса немесе үлестер қосындысы нөл "
                  "болса",
            .az = "Err:502, əgər tərəfdaş «Paylar»da yoxdursa, valyuta naməlumdursa, tarix ilk "
                  "məzənnədən əvvəldirsə, pay mənfidirsə və ya payların cəmi sıfırdırsa",
        },
        .args = {
            {
                .id = "amounts", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Amounts", .ru = "Суммы", .kk = "Сомалар", .az = "Məbləğlər" },
                .help = {
                    .en = "One column: the amount of each contribution in its own currency",
                    .ru = "Один столбец: сумма каждого взноса в его валюте",
                    .kk = "Бір баған: әр салымның өз валютасындағы сомасы",
                    .az = "Bir sütun: hər ödənişin öz valyutasındakı məbləği",
                },
            },
            {
                .id = "currencies", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Currencies", .ru = "Валюты", .kk = "Валюталар",
                          .az = "Valyutalar" },
                .help = {
                    .en = "One column: the currency code of each contribution",
                    .ru = "Один столбец: код валюты каждого взноса",
                    .kk = "Бір баған: әр салымның валюта коды",
                    .az = "Bir sütun: hər ödənişin valyuta kodu",
                },
            },
            {
                .id = "dates", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Dates", .ru = "Даты", .kk = "Күндер", .az = "Tarixlər" },
                .help = {
                    .en = "One column: the date each contribution was paid, for its rate",
                    .ru = "Один столбец: дата каждого взноса, по ней берётся курс",
                    .kk = "Бір баған: әр салымның төленген күні, бағам сол бойынша алынады",
                    .az = "Bir sütun: hər ödənişin edildiyi tarix, məzənnə ona görə götürülür",
                },
            },
            {
                .id = "partners", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Partners", .ru = "Партнёры", .kk = "Серіктестер",
                          .az = "Tərəfdaşlar" },
                .help = {
                    .en = "One column: the partner who paid each contribution, as named in "
                          "Shares (case and surrounding blanks ignored)",
                    .ru = "Один столбец: партнёр, внёсший каждый взнос, как он назван в «Долях» "
                          "(регистр букв и пробелы по краям не важны)",
                    .kk = "Бір баған: әр салымды төлеген серіктес, «Үлестердегі» атауымен (бас "
                          "және кіші әріптер мен шеттегі бос орындар ескерілмейді)",
                    .az = "Bir sütun: hər ödənişi edən tərəfdaş, «Paylar»dakı adı ilə (böyük və "
                          "kiçik hərflər və kənar boşluqlar nəzərə alınmır)",
                },
            },
            {
                .id = "shares", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Shares", .ru = "Доли", .kk = "Үлестер", .az = "Paylar" },
                .help = {
                    .en = "Two columns: partner name and equity share (on any scale)",
                    .ru = "Два столбца: имя партнёра и доля участия (в любом масштабе)",
                    .kk = "Екі баған: серіктес атауы және қатысу үлесі (кез келген масштабта)",
                    .az = "İki sütun: tərəfdaşın adı və iştirak payı (istənilən miqyasda)",
                },
            },
            {
                .id = "base", .kind = ADDIN_ARG_TEXT,
                .name = { .en = "Base", .ru = "Базовая валюта", .kk = "Базалық валюта",
                          .az = "Baza valyutası" },
                .help = {
                    .en = "The currency code of the result; it must be in the rates table",
                    .ru = "Код валюты результата; он должен быть в таблице курсов",
                    .kk = "Нәтиженің валюта коды; ол бағамдар кестесінде болуы керек",
                    .az = "Nəticənin valyuta kodu; məzənnə cədvəlində olmalıdır",
                },
            },
            ARG_RATES,
        },
        .examples = {
            { "YARD.JVBALANCE({1000000|1700|900};{\"KZT\"|\"AZN\"|\"EUR\"};{45294|45295|45296};"
              "{\"KZ\"|\"AZ\"|\"AZ\"};{\"KZ\";60|\"AZ\";40};\"KZT\";{\"\";\"USD\";\"KZT\";\"AZN\";"
              "\"EUR\"|45294;1;470;1.7;0.92|45296;1;480;\"\";0.9})",
              "{1000000;1170000;-170000|950000;780000;170000}",
              "KZ: 1000000, 1170000, -170000; AZ: 950000, 780000, 170000" },
        },
    },
    {
        .name = "YARD.SPREAD",
        .method = "spread",
        .entry = ADDIN_ENTRY(addin_fn_spread),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Spreads each activity's amount over its working days by a profile and "
                  "returns the total in each period: cash flow, payments, manpower",
            .ru = "Распределяет сумму каждой работы по её рабочим дням согласно профилю и "
                  "возвращает итог за каждый период: денежный поток, платежи, трудозатраты",
            .kk = "Әр жұмыстың сомасын профиль бойынша оның жұмыс күндеріне бөліп, әр "
                  "кезеңнің қорытындысын береді: ақша ағыны, төлемдер, еңбек шығыны",
            .az = "Hər işin məbləğini profilə görə onun iş günlərinə paylayır və hər dövrün "
                  "cəmini qaytarır: pul axını, ödənişlər, əmək sərfi",
        },
        .result = {
            .en = "One total per period, in the shape of periods; amounts outside the periods "
                  "are left out",
            .ru = "По одному итогу на период, в форме диапазона периодов; суммы вне периодов "
                  "не учитываются",
            .kk = "Әр кезеңге бір қорытынды, кезеңдер ауқымының пішінінде; кезеңдерден тыс "
                  "сомалар есептелмейді",
            .az = "Hər dövrə bir cəm, dövrlər diapazonunun formasında; dövrlərdən kənar "
                  "məbləğlər nəzərə alınmır",
        },
        .errors = {
            .en = "Err:502 for a finish before its start, period starts not increasing, fewer "
                  "than two periods, an unknown profile or an invalid calendar",
            .ru = "Err:502, если окончание раньше начала, даты начала периодов не возрастают, "
                  "периодов меньше двух, профиль неизвестен или календарь неверен",
            .kk = "Err:502, егер аяқталуы басталуынан бұрын болса, кезеңдердің басталу күндері "
                  "өспесе, кезеңдер екеуден аз болса, профиль белгісіз не күнтізбе қате болса",
            .az = "Err:502, əgər bitmə başlanğıcdan əvvəldirsə, dövrlərin başlanğıc tarixləri "
                  "artmırsa, dövrlər ikidən azdırsa, profil naməlumdursa və ya təqvim düzgün "
                  "deyilsə",
        },
        .args = {
            {
                .id = "starts", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Starts", .ru = "Начала", .kk = "Басталу күндері",
                          .az = "Başlanğıc tarixləri" },
                .help = {
                    .en = "One column: the start date of each activity, itself included",
                    .ru = "Один столбец: дата начала каждой работы, включительно",
                    .kk = "Бір баған: әр жұмыстың басталу күні, қоса есептеледі",
                    .az = "Bir sütun: hər işin başlanğıc tarixi, daxil olmaqla",
                },
            },
            {
                .id = "finishes", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Finishes", .ru = "Окончания", .kk = "Аяқталу күндері",
                          .az = "Bitmə tarixləri" },
                .help = {
                    .en = "One column: the finish date of each activity, itself included; equal "
                          "to the start for a milestone",
                    .ru = "Один столбец: дата окончания каждой работы, включительно; для вехи "
                          "равна началу",
                    .kk = "Бір баған: әр жұмыстың аяқталу күні, қоса есептеледі; бақылау "
                          "нүктесі үшін басталу күніне тең",
                    .az = "Bir sütun: hər işin bitmə tarixi, daxil olmaqla; nəzarət nöqtəsi "
                          "üçün başlanğıc tarixinə bərabərdir",
                },
            },
            {
                .id = "amounts", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Amounts", .ru = "Суммы", .kk = "Сомалар", .az = "Məbləğlər" },
                .help = {
                    .en = "One column: the amount of each activity (money, man-hours, tonnes)",
                    .ru = "Один столбец: объём каждой работы (деньги, человеко-часы, тонны)",
                    .kk = "Бір баған: әр жұмыстың көлемі (ақша, адам-сағат, тонна)",
                    .az = "Bir sütun: hər işin həcmi (pul, adam-saat, ton)",
                },
            },
            {
                .id = "periods", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Periods", .ru = "Периоды", .kk = "Кезеңдер", .az = "Dövrlər" },
                .help = {
                    .en = "A row or column of increasing period start dates; each period ends "
                          "the day before the next, the last is as long as the one before",
                    .ru = "Строка или столбец возрастающих дат начала периодов; период "
                          "заканчивается накануне начала следующего, последний по длине равен "
                          "предыдущему",
                    .kk = "Кезеңдердің басталу күндерінің өспелі жолы немесе бағаны; кезең "
                          "келесі кезең басталар алдындағы күні аяқталады, соңғысының ұзақтығы "
                          "алдыңғысына тең",
                    .az = "Dövrlərin artan başlanğıc tarixlərindən ibarət sətir və ya sütun; "
                          "dövr növbəti dövrün başlanğıcından bir gün əvvəl bitir, sonuncunun "
                          "uzunluğu əvvəlkinə bərabərdir",
                },
            },
            ARG_PROFILE,
            ADDIN_ARG_WEEKEND,
            ADDIN_ARG_EXCEPTIONS,
        },
        .examples = {
            { "YARD.SPREAD(DATE(2024;1;29);DATE(2024;2;9);1000;{45292;45323;45352})",
              "{300;700;0}", "300, 700, 0" },
            { "YARD.SPREAD(DATE(2024;1;29);DATE(2024;2;9);1000;{45292;45323;45352};\"S\")",
              "{216;784;0}", "216, 784, 0" },
        },
    },
    {
        .name = "YARD.ESCALATE",
        .method = "escalate",
        .entry = ADDIN_ENTRY(addin_fn_escalate),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Contract price escalation by cost indices, P = P0 (a + Σ w_i I_i / I0_i) "
                  "(FIDIC 1999, Sub-Clause 13.8)",
            .ru = "Индексация цены контракта по индексам затрат, P = P0 (a + Σ w_i I_i / I0_i) "
                  "(FIDIC 1999, п. 13.8)",
            .kk = "Келісімшарт бағасын шығын индекстері бойынша индекстеу, P = P0 (a + Σ w_i "
                  "I_i / I0_i) (FIDIC 1999, 13.8-тармақ)",
            .az = "Müqavilə qiymətinin xərc indekslərinə görə indeksləşdirilməsi, P = P0 (a + Σ "
                  "w_i I_i / I0_i) (FIDIC 1999, 13.8-ci bənd)",
        },
        .result = {
            .en = "One escalated amount",
            .ru = "Одна индексированная сумма",
            .kk = "Бір индекстелген сома",
            .az = "Bir indeksləşdirilmiş məbləğ",
        },
        .errors = {
            .en = "Err:502 when the fixed share and the weights do not add up to 1, a weight is "
                  "outside 0..1 or an index is not positive",
            .ru = "Err:502, если постоянная доля и веса не дают в сумме 1, вес вне 0..1 или "
                  "индекс не положителен",
            .kk = "Err:502, егер тұрақты үлес пен салмақтар қосындысы 1 болмаса, салмақ 0..1 "
                  "аралығынан тыс болса немесе индекс оң болмаса",
            .az = "Err:502, əgər sabit pay və çəkilərin cəmi 1 deyilsə, çəki 0..1 "
                  "xaricindədirsə və ya indeks müsbət deyilsə",
        },
        .args = {
            {
                .id = "amount", .kind = ADDIN_ARG_NUMBER,
                .name = { .en = "Amount", .ru = "Сумма", .kk = "Сома", .az = "Məbləğ" },
                .help = {
                    .en = "The amount at base-date prices, P0",
                    .ru = "Сумма в ценах базовой даты, P0",
                    .kk = "Базалық күн бағасындағы сома, P0",
                    .az = "Baza tarixinin qiymətləri ilə məbləğ, P0",
                },
            },
            {
                .id = "fixedShare", .kind = ADDIN_ARG_NUMBER,
                .name = { .en = "Fixed share", .ru = "Постоянная доля", .kk = "Тұрақты үлес",
                          .az = "Sabit pay" },
                .help = {
                    .en = "The fixed, non-adjustable fraction a, 0 to 1",
                    .ru = "Постоянная, не индексируемая доля a, от 0 до 1",
                    .kk = "Индекстелмейтін тұрақты үлес a, 0-ден 1-ге дейін",
                    .az = "İndeksləşdirilməyən sabit pay a, 0-dan 1-ə qədər",
                },
            },
            {
                .id = "weights", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Weights", .ru = "Веса", .kk = "Салмақтар", .az = "Çəkilər" },
                .help = {
                    .en = "The weight w_i of each cost element (labour, steel, fuel, ...); with "
                          "the fixed share they add up to 1",
                    .ru = "Вес w_i каждой статьи затрат (труд, сталь, топливо и т. д.); вместе с "
                          "постоянной долей дают 1",
                    .kk = "Әр шығын бабының салмағы w_i (еңбек, болат, отын т.б.); тұрақты "
                          "үлеспен бірге қосындысы 1",
                    .az = "Hər xərc maddəsinin çəkisi w_i (əmək, polad, yanacaq və s.); sabit "
                          "payla birlikdə cəmi 1",
                },
            },
            {
                .id = "baseIndices", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Base indices", .ru = "Базовые индексы",
                          .kk = "Базалық индекстер", .az = "Baza indeksləri" },
                .help = {
                    .en = "The index I0_i of each element on the base date, positive",
                    .ru = "Индекс I0_i каждой статьи на базовую дату, положительный",
                    .kk = "Әр баптың базалық күнгі индексі I0_i, оң",
                    .az = "Hər maddənin baza tarixindəki indeksi I0_i, müsbət",
                },
            },
            {
                .id = "currentIndices", .kind = ADDIN_ARG_RANGE,
                .name = { .en = "Current indices", .ru = "Текущие индексы",
                          .kk = "Ағымдағы индекстер", .az = "Cari indekslər" },
                .help = {
                    .en = "The index I_i of each element for the period, positive",
                    .ru = "Индекс I_i каждой статьи за период, положительный",
                    .kk = "Әр баптың кезеңдегі индексі I_i, оң",
                    .az = "Hər maddənin dövr üzrə indeksi I_i, müsbət",
                },
            },
        },
        .examples = {
            { "YARD.ESCALATE(1000000;0.15;{0.35|0.3|0.2};{100|250|80};{110|275|72})", "1045000",
              "1045000" },
        },
    },
};

const AddinSection addin_section_finance = {
    .title = { .en = "Finance and the joint venture",
               .ru = "Финансы и совместное предприятие",
               .kk = "Қаржы және бірлескен кәсіпорын",
               .az = "Maliyyə və birgə müəssisə" },
    .functions = finance_functions,
    .n_functions = G_N_ELEMENTS(finance_functions),
};
