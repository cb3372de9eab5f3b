/* SPDX-License-Identifier: MPL-2.0 */
/* Estimating: CGT and the lightship weight groups (docs/estimating.md). */
#include "addin/table/sections.h"

/* Hand-aligned: clang-format counts bytes, not characters, when aligning
 * the backslashes of a macro with Cyrillic or Azerbaijani text. */
/* clang-format off */
/* The two lists of erections, shared by ENUMERAL and STEELWEIGHT. */
#define ESTIMATE_ARG_L1H1                                                                          \
    {                                                                                              \
        .id = "l1h1", .kind = ADDIN_ARG_RANGE, .optional = TRUE,                                   \
        .name = { .en = "l1h1", .ru = "l1h1", .kk = "l1h1", .az = "l1h1" },                        \
        .help = {                                                                                  \
            .en = "Length times height of each full-width erection (forecastle, poop, "            \
                  "bridge), m², one per cell; default none",                                       \
            .ru = "Произведение длины на высоту каждой надстройки во всю ширину судна (бак, "      \
                  "ют, средняя надстройка), м², по одной в ячейке; по умолчанию нет",              \
            .kk = "Кеменің бүкіл енін алатын әр қондырманың (бак, ют, орта қондырма) "             \
                  "ұзындығы мен биіктігінің көбейтіндісі, м², әр ұяшықта біреуден; әдепкі "        \
                  "бойынша жоқ",                                                                   \
            .az = "Gəminin bütün eni boyunca uzanan hər üst tikilinin (bak, yut, orta üst "        \
                  "tikili) uzunluğu ilə hündürlüyünün hasili, m², hər xanada bir; susmaya görə "   \
                  "yoxdur",                                                                        \
        },                                                                                         \
    }

#define ESTIMATE_ARG_L2H2                                                                          \
    {                                                                                              \
        .id = "l2h2", .kind = ADDIN_ARG_RANGE, .optional = TRUE,                                   \
        .name = { .en = "l2h2", .ru = "l2h2", .kk = "l2h2", .az = "l2h2" },                        \
        .help = {                                                                                  \
            .en = "Length times height of each deckhouse narrower than the ship, m², one per "     \
                  "cell; default none",                                                            \
            .ru = "Произведение длины на высоту каждой рубки уже корпуса, м², по одной в "         \
                  "ячейке; по умолчанию нет",                                                      \
            .kk = "Корпустан тар әр рубканың ұзындығы мен биіктігінің көбейтіндісі, м², әр "       \
                  "ұяшықта біреуден; әдепкі бойынша жоқ",                                          \
            .az = "Gövdədən dar hər rubkanın uzunluğu ilə hündürlüyünün hasili, m², hər "          \
                  "xanada bir; susmaya görə yoxdur",                                               \
        },                                                                                         \
    }

#define ESTIMATE_ARG_L                                                                             \
    {                                                                                              \
        .id = "l", .kind = ADDIN_ARG_NUMBER,                                                       \
        .name = { .en = "L", .ru = "L", .kk = "L", .az = "L" },                                    \
        .help = {                                                                                  \
            .en = "Length between perpendiculars, m",                                              \
            .ru = "Длина между перпендикулярами, м",                                               \
            .kk = "Перпендикулярлар арасындағы ұзындық, м",                                        \
            .az = "Perpendikulyarlar arasındakı uzunluq, m",                                       \
        },                                                                                         \
    }

#define ESTIMATE_ARG_B                                                                             \
    {                                                                                              \
        .id = "b", .kind = ADDIN_ARG_NUMBER,                                                       \
        .name = { .en = "B", .ru = "B", .kk = "B", .az = "B" },                                    \
        .help = {                                                                                  \
            .en = "Moulded breadth, m, smaller than L",                                            \
            .ru = "Ширина судна теоретическая, м, меньше L",                                       \
            .kk = "Кеменің теориялық ені, м, L-ден кіші",                                          \
            .az = "Gəminin nəzəri eni, m, L-dən kiçik",                                            \
        },                                                                                         \
    }

#define ESTIMATE_ARG_D                                                                             \
    {                                                                                              \
        .id = "d", .kind = ADDIN_ARG_NUMBER,                                                       \
        .name = { .en = "D", .ru = "D", .kk = "D", .az = "D" },                                    \
        .help = {                                                                                  \
            .en = "Moulded depth to the uppermost continuous deck, m",                             \
            .ru = "Высота борта теоретическая до верхней непрерывной палубы, м",                   \
            .kk = "Жоғарғы тұтас палубаға дейінгі борттың теориялық биіктігі, м",                  \
            .az = "Yuxarı fasiləsiz göyərtəyə qədər bortun nəzəri hündürlüyü, m",                  \
        },                                                                                         \
    }

#define ESTIMATE_ARG_T                                                                             \
    {                                                                                              \
        .id = "t", .kind = ADDIN_ARG_NUMBER,                                                       \
        .name = { .en = "T", .ru = "T", .kk = "T", .az = "T" },                                    \
        .help = {                                                                                  \
            .en = "Moulded load draught, m, at most D",                                            \
            .ru = "Осадка теоретическая по грузовую ватерлинию, м, не больше D",                   \
            .kk = "Жүк ватерсызығы бойынша теориялық шөгуі, м, D-ден аспайды",                     \
            .az = "Yük su xətti üzrə nəzəri su çəkimi, m, D-dən çox deyil",                        \
        },                                                                                         \
    }
/* clang-format on */

static const AddinFunction estimating_functions[] = {
    {
        .name = "YARD.CGT",
        .method = "cgt",
        .entry = ADDIN_ENTRY(addin_fn_cgt),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Compensated gross tonnage of a ship by the OECD 2007 system, CGT = A * GT^B",
            .ru = "Компенсированная валовая вместимость (CGT) судна по системе ОЭСР 2007 года, "
                  "CGT = A * GT^B",
            .kk = "Кеменің ЭЫДҰ 2007 жүйесі бойынша өтемделген жалпы сыйымдылығы (CGT), "
                  "CGT = A * GT^B",
            .az = "Gəminin İƏİT 2007 sistemi üzrə kompensasiya edilmiş ümumi tutumu (CGT), "
                  "CGT = A * GT^B",
        },
        .result = {
            .en = "One number of compensated gross tonnes",
            .ru = "Одно число в компенсированных брутто-тоннах (CGT)",
            .kk = "Өтемделген брутто-тоннамен (CGT) бір сан",
            .az = "Kompensasiya edilmiş brutto-tonlarla (CGT) bir ədəd",
        },
        .errors = {
            .en = "Err:502 when GT is not positive, the ship type is unknown, a number A comes "
                  "without B or B with a ship-type code, or B is not above 0 and at most 1",
            .ru = "Err:502, если GT не положительна, тип судна неизвестен, число A дано без B "
                  "или B дано вместе с кодом типа либо B не больше 0 или больше 1",
            .kk = "Err:502, егер GT оң болмаса, кеме түрі белгісіз болса, A саны B-сіз немесе B "
                  "түр кодымен бірге берілсе, не B 0-ден үлкен және 1-ден аспайтын сан болмаса",
            .az = "Err:502, əgər GT müsbət deyilsə, gəmi növü naməlumdursa, A ədədi B-siz və ya "
                  "B növ kodu ilə birlikdə verilibsə, yaxud B 0-dan böyük və 1-dən çox olmayan "
                  "ədəd deyilsə",
        },
        .args = {
            {
                .id = "gt", .kind = ADDIN_ARG_NUMBER,
                .name = { .en = "GT", .ru = "GT", .kk = "GT", .az = "GT" },
                .help = {
                    .en = "Gross tonnage as on the tonnage certificate",
                    .ru = "Валовая вместимость по мерительному свидетельству",
                    .kk = "Өлшеу куәлігі бойынша жалпы сыйымдылық",
                    .az = "Ölçü şəhadətnaməsinə görə ümumi tutum",
                },
            },
            {
                .id = "shipType", .kind = ADDIN_ARG_ANY,
                .name = { .en = "Type", .ru = "Тип", .kk = "Түрі", .az = "Növ" },
                .help = {
                    .en = "Ship type: TANKER, CHEMICAL, BULK, COMBINED, CARGO, REEFER, "
                          "CONTAINER, RORO, CARCARRIER, LPG, LNG, FERRY, PASSENGER, FISHING or "
                          "NCCV; or the number A, then B is needed",
                    .ru = "Тип судна: TANKER (танкер), CHEMICAL (химовоз), BULK (балкер), "
                          "COMBINED (комбинированное), CARGO (сухогруз), REEFER (рефрижератор), "
                          "CONTAINER (контейнеровоз), RORO (ро-ро), CARCARRIER (автомобилевоз), "
                          "LPG, LNG (газовозы), FERRY (паром), PASSENGER (пассажирское), "
                          "FISHING (рыболовное) или NCCV (негрузовое); либо число A, тогда "
                          "нужно B",
                    .kk = "Кеме түрі: TANKER (танкер), CHEMICAL (химиялық танкер), BULK "
                          "(балкер), COMBINED (құрама кеме), CARGO (құрғақ жүк кемесі), REEFER "
                          "(рефрижератор), CONTAINER (контейнер тасығыш), RORO (ро-ро), "
                          "CARCARRIER (автокөлік тасығыш), LPG, LNG (газ тасығыштар), FERRY "
                          "(паром), PASSENGER (жолаушы кемесі), FISHING (балық аулау кемесі) "
                          "немесе NCCV (жүк тасымайтын кеме); не A саны, онда B керек",
                    .az = "Gəmi növü: TANKER (tanker), CHEMICAL (kimyəvi tanker), BULK (balker), "
                          "COMBINED (kombinə edilmiş gəmi), CARGO (quru yük gəmisi), REEFER "
                          "(refrijerator), CONTAINER (konteynerdaşıyan), RORO (ro-ro), "
                          "CARCARRIER (avtomobildaşıyan), LPG, LNG (qazdaşıyanlar), FERRY "
                          "(bərə), PASSENGER (sərnişin gəmisi), FISHING (balıqçı gəmisi) və ya "
                          "NCCV (yükdaşımayan gəmi); yaxud A ədədi, onda B lazımdır",
                },
            },
            {
                .id = "b", .kind = ADDIN_ARG_NUMBER, .optional = TRUE,
                .name = { .en = "B", .ru = "B", .kk = "B", .az = "B" },
                .help = {
                    .en = "The exponent B, above 0 and at most 1, only with a number A; leave "
                          "empty with a ship-type code",
                    .ru = "Показатель степени B, больше 0 и не больше 1, только при числе A; "
                          "при коде типа оставьте пустым",
                    .kk = "B дәреже көрсеткіші, 0-ден үлкен және 1-ден аспайды, тек A саны "
                          "берілгенде; түр коды берілсе, бос қалдырыңыз",
                    .az = "B qüvvət üstü, 0-dan böyük və 1-dən çox deyil, yalnız A ədədi ilə; "
                          "növ kodu verildikdə boş buraxın",
                },
            },
        },
        .examples = {
            { "ROUND(YARD.CGT(30000;\"BULK\");3)", "15611.404", "15611.404" },
            { "ROUND(YARD.CGT(60000;\"tanker\");3)", "25397.294", "25397.294" },
            { "ROUND(YARD.CGT(2000;278;0.58);3)", "22837.165", "22837.165" },
        },
    },
    {
        .name = "YARD.ENUMERAL",
        .method = "enumeral",
        .entry = ADDIN_ENTRY(addin_fn_enumeral),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Lloyd's equipment numeral E = L(B+T) + 0.85 L(D-T) + 0.85 Σl1h1 + 0.75 "
                  "Σl2h2, the parameter of the Watson-Gilfillan steel weight",
            .ru = "Характеристика снабжения Ллойда E = L(B+T) + 0,85 L(D-T) + 0,85 Σl1h1 + 0,75 "
                  "Σl2h2, параметр массы стального корпуса по Уотсону — Гилфиллану",
            .kk = "Ллойдтың жабдықтау сипаттамасы E = L(B+T) + 0,85 L(D-T) + 0,85 Σl1h1 + 0,75 "
                  "Σl2h2, Уотсон — Гилфиллан бойынша болат корпус массасының параметрі",
            .az = "Lloydun təchizat xarakteristikası E = L(B+T) + 0,85 L(D-T) + 0,85 Σl1h1 + "
                  "0,75 Σl2h2, Uotson — Gilfillana görə polad gövdə kütləsinin parametri",
        },
        .result = {
            .en = "One number, m²",
            .ru = "Одно число, м²",
            .kk = "Бір сан, м²",
            .az = "Bir ədəd, m²",
        },
        .errors = {
            .en = "Err:502 when a dimension is not positive, B is not smaller than L, T is "
                  "above D, or an entry of l1h1 or l2h2 is negative or not a number; more than "
                  "1000 entries in a list",
            .ru = "Err:502, если размерение не положительно, B не меньше L, T больше D или "
                  "элемент l1h1 или l2h2 отрицателен либо не число; а также если в списке более "
                  "1000 элементов",
            .kk = "Err:502, егер өлшем оң болмаса, B L-ден кіші болмаса, T D-ден үлкен болса "
                  "немесе l1h1 не l2h2 элементі теріс не сан болмаса; сондай-ақ тізімде "
                  "1000-нан көп элемент болса",
            .az = "Err:502, əgər ölçü müsbət deyilsə, B L-dən kiçik deyilsə, T D-dən "
                  "böyükdürsə və ya l1h1 yaxud l2h2 elementi mənfidirsə və ya ədəd deyilsə; "
                  "həmçinin siyahıda 1000-dən çox element olduqda",
        },
        .args = {
            ESTIMATE_ARG_L,
            ESTIMATE_ARG_B,
            ESTIMATE_ARG_D,
            ESTIMATE_ARG_T,
            ESTIMATE_ARG_L1H1,
            ESTIMATE_ARG_L2H2,
        },
        .examples = {
            { "YARD.ENUMERAL(135;16.5;6.1;4.6;30;{56;42})", "3119.625", "3119.625" },
            { "YARD.ENUMERAL(120;18;10;7)", "3306", "3306" },
        },
    },
    {
        .name = "YARD.STEELWEIGHT",
        .method = "steelweight",
        .entry = ADDIN_ENTRY(addin_fn_steelweight),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Net steel weight after Watson and Gilfillan, K * E^1.36 corrected for the "
                  "block coefficient at 0.8 D",
            .ru = "Масса стального корпуса нетто по Уотсону и Гилфиллану, K * E^1,36 с "
                  "поправкой на коэффициент общей полноты при осадке 0,8 D",
            .kk = "Уотсон мен Гилфиллан бойынша болат корпустың таза массасы, 0,8 D шөгудегі "
                  "жалпы толықтық коэффициентіне түзетілген K * E^1,36",
            .az = "Uotson və Gilfillana görə polad gövdənin xalis kütləsi, 0,8 D su çəkimində "
                  "ümumi dolğunluq əmsalına düzəliş edilmiş K * E^1,36",
        },
        .result = {
            .en = "One weight in tonnes, all mild steel",
            .ru = "Одна масса в тоннах, весь корпус из обычной судостроительной стали",
            .kk = "Тоннамен бір масса, бүкіл корпус қарапайым кеме болатынан",
            .az = "Tonla bir kütlə, bütün gövdə adi gəmi poladından",
        },
        .errors = {
            .en = "Err:502 as for YARD.ENUMERAL, and when CB is outside 0.30-0.95, T is below "
                  "0.2 D, the ship type has no published K, or K is not positive",
            .ru = "Err:502 в тех же случаях, что у YARD.ENUMERAL, а также если CB вне "
                  "0,30-0,95, T меньше 0,2 D, для типа судна нет опубликованного K или K не "
                  "положителен",
            .kk = "Err:502 YARD.ENUMERAL жағдайларында, сондай-ақ CB 0,30-0,95 аралығынан тыс "
                  "болса, T 0,2 D-ден кіші болса, кеме түріне жарияланған K болмаса немесе K оң "
                  "болмаса",
            .az = "Err:502 YARD.ENUMERAL-dakı hallarda, həmçinin CB 0,30-0,95 aralığından "
                  "kənardadırsa, T 0,2 D-dən kiçikdirsə, gəmi növü üçün dərc olunmuş K "
                  "yoxdursa və ya K müsbət deyilsə",
        },
        .args = {
            ESTIMATE_ARG_L,
            ESTIMATE_ARG_B,
            ESTIMATE_ARG_D,
            ESTIMATE_ARG_T,
            {
                .id = "cb", .kind = ADDIN_ARG_NUMBER,
                .name = { .en = "CB", .ru = "CB", .kk = "CB", .az = "CB" },
                .help = {
                    .en = "Block coefficient at the load draught, 0.30 to 0.95",
                    .ru = "Коэффициент общей полноты при осадке по грузовую ватерлинию, от "
                          "0,30 до 0,95",
                    .kk = "Жүк ватерсызығы бойынша шөгудегі жалпы толықтық коэффициенті, "
                          "0,30-дан 0,95-ке дейін",
                    .az = "Yük su xətti üzrə su çəkimində ümumi dolğunluq əmsalı, 0,30-dan "
                          "0,95-ə qədər",
                },
            },
            {
                .id = "shipType", .kind = ADDIN_ARG_ANY,
                .name = { .en = "Type", .ru = "Тип", .kk = "Түрі", .az = "Növ" },
                .help = {
                    .en = "Ship type: TANKER, CHEMICAL, BULK, CONTAINER, REEFER, COASTER, "
                          "OFFSHORE, TUG, RESEARCH, FERRY (ro-ro ferry), PASSENGER, FRIGATE, "
                          "CARGO or FISHING (trawler); or the coefficient K as a number",
                    .ru = "Тип судна: TANKER (танкер), CHEMICAL (химовоз), BULK (балкер), "
                          "CONTAINER (контейнеровоз), REEFER (рефрижератор), COASTER "
                          "(каботажное), OFFSHORE (судно снабжения), TUG (буксир), RESEARCH "
                          "(научно-исследовательское), FERRY (паром ро-ро), PASSENGER "
                          "(пассажирское), FRIGATE (фрегат, корвет), CARGO (сухогруз) или "
                          "FISHING (траулер); либо коэффициент K числом",
                    .kk = "Кеме түрі: TANKER (танкер), CHEMICAL (химиялық танкер), BULK (балкер), "
                          "CONTAINER (контейнер тасығыш), REEFER (рефрижератор), COASTER "
                          "(жағалау кемесі), OFFSHORE (жабдықтау кемесі), TUG (сүйреткіш), "
                          "RESEARCH (ғылыми-зерттеу кемесі), FERRY (ро-ро паромы), PASSENGER "
                          "(жолаушы кемесі), FRIGATE (фрегат, корвет), CARGO (құрғақ жүк "
                          "кемесі) немесе FISHING (траулер); не K коэффициенті сан ретінде",
                    .az = "Gəmi növü: TANKER (tanker), CHEMICAL (kimyəvi tanker), BULK (balker), "
                          "CONTAINER (konteynerdaşıyan), REEFER (refrijerator), COASTER "
                          "(sahilboyu gəmi), OFFSHORE (təchizat gəmisi), TUG (yedək gəmisi), "
                          "RESEARCH (elmi-tədqiqat gəmisi), FERRY (ro-ro bərəsi), PASSENGER "
                          "(sərnişin gəmisi), FRIGATE (freqat, korvet), CARGO (quru yük gəmisi) "
                          "və ya FISHING (trauler); yaxud K əmsalı ədəd kimi",
                },
            },
            ESTIMATE_ARG_L1H1,
            ESTIMATE_ARG_L2H2,
        },
        .examples = {
            { "ROUND(YARD.STEELWEIGHT(135;16.5;6.1;4.6;0.87;\"TANKER\";30;{56;42});2)",
              "1963.75", "1963.75" },
            { "ROUND(YARD.STEELWEIGHT(120;18;10;7;0.7;\"CARGO\");2)", "2031.69", "2031.69" },
            { "ROUND(YARD.STEELWEIGHT(100;15;10;8;0.7;0.031);2)", "1274.76", "1274.76" },
        },
    },
    {
        .name = "YARD.OUTFITWEIGHT",
        .method = "outfitweight",
        .entry = ADDIN_ENTRY(addin_fn_outfitweight),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Outfit weight K * L * B, with K from Schneekluth and Bertram for the ship type "
                  "or given",
            .ru = "Масса оборудования и снабжения K * L * B, где K берётся по Шнеклюту и "
                  "Бертраму для типа судна или задаётся",
            .kk = "Жабдық пен жарақтың массасы K * L * B, мұнда K Шнеклют пен Бертрам бойынша "
                  "кеме түріне сай алынады немесе беріледі",
            .az = "Avadanlıq və təchizatın kütləsi K * L * B, burada K Şneklut və Bertrama görə "
                  "gəmi növünə uyğun götürülür və ya verilir",
        },
        .result = {
            .en = "One weight in tonnes",
            .ru = "Одна масса в тоннах",
            .kk = "Тоннамен бір масса",
            .az = "Tonla bir kütlə",
        },
        .errors = {
            .en = "Err:502 when L or B is not positive, B is not smaller than L, the ship type "
                  "has no published K, L is outside 140-250 m for BULK or below 150 m for "
                  "TANKER, or K is not positive",
            .ru = "Err:502, если L или B не положительны, B не меньше L, для типа судна нет "
                  "опубликованного K, L вне 140-250 м для BULK или меньше 150 м для TANKER либо "
                  "K не положителен",
            .kk = "Err:502, егер L не B оң болмаса, B L-ден кіші болмаса, кеме түріне "
                  "жарияланған K болмаса, L BULK үшін 140-250 м аралығынан тыс не TANKER үшін "
                  "150 м-ден кіші болса немесе K оң болмаса",
            .az = "Err:502, əgər L və ya B müsbət deyilsə, B L-dən kiçik deyilsə, gəmi növü "
                  "üçün dərc olunmuş K yoxdursa, L BULK üçün 140-250 m aralığından kənardadırsa "
                  "və ya TANKER üçün 150 m-dən kiçikdirsə, yaxud K müsbət deyilsə",
        },
        .args = {
            ESTIMATE_ARG_L,
            ESTIMATE_ARG_B,
            {
                .id = "shipType", .kind = ADDIN_ARG_ANY,
                .name = { .en = "Type", .ru = "Тип", .kk = "Түрі", .az = "Növ" },
                .help = {
                    .en = "Ship type: CARGO, CONTAINER, BULK (L 140-250 m) or TANKER "
                          "(L from 150 m); or the coefficient K in t/m² as a number",
                    .ru = "Тип судна: CARGO (сухогруз), CONTAINER (контейнеровоз), BULK (балкер, "
                          "L 140-250 м) или TANKER (танкер, L от 150 м); либо коэффициент K в "
                          "т/м² числом",
                    .kk = "Кеме түрі: CARGO (құрғақ жүк кемесі), CONTAINER (контейнер тасығыш), "
                          "BULK (балкер, L 140-250 м) немесе TANKER (танкер, L 150 м-ден); не K "
                          "коэффициенті, т/м², сан ретінде",
                    .az = "Gəmi növü: CARGO (quru yük gəmisi), CONTAINER (konteynerdaşıyan), BULK "
                          "(balker, L 140-250 m) və ya TANKER (tanker, L 150 m-dən); yaxud K "
                          "əmsalı, t/m², ədəd kimi",
                },
            },
        },
        .examples = {
            { "YARD.OUTFITWEIGHT(120;18;\"CARGO\")", "918", "918" },
            { "ROUND(YARD.OUTFITWEIGHT(195;32.26;\"BULK\");2)", "1289.59", "1289.59" },
            { "YARD.OUTFITWEIGHT(80;14;0.5)", "560", "560" },
        },
    },
    {
        .name = "YARD.MACHINERYWEIGHT",
        .method = "machineryweight",
        .entry = ADDIN_ENTRY(addin_fn_machineryweight),
        .category = ADDIN_CATEGORY_ADDIN,
        .summary = {
            .en = "Machinery weight after Watson: the dry main diesel engine plus the rest of "
                  "the machinery of a cargo ship, or a whole diesel-electric plant",
            .ru = "Масса энергетической установки по Уотсону: сухая масса главного дизеля плюс "
                  "остальные механизмы грузового судна или вся дизель-электрическая установка",
            .kk = "Уотсон бойынша энергетикалық қондырғының массасы: бас дизельдің құрғақ "
                  "массасы мен жүк кемесінің қалған механизмдері немесе бүкіл дизель-электрлік "
                  "қондырғы",
            .az = "Uotsona görə energetika qurğusunun kütləsi: baş dizelin quru kütləsi və yük "
                  "gəmisinin qalan mexanizmləri, yaxud bütöv dizel-elektrik qurğusu",
        },
        .result = {
            .en = "One weight in tonnes",
            .ru = "Одна масса в тоннах",
            .kk = "Тоннамен бір масса",
            .az = "Tonla bir kütlə",
        },
        .errors = {
            .en = "Err:502 when MCR or RPM is not positive or the engine code is unknown",
            .ru = "Err:502, если мощность или частота вращения не положительны либо код "
                  "двигателя неизвестен",
            .kk = "Err:502, егер қуат не айналу жиілігі оң болмаса немесе қозғалтқыш коды "
                  "белгісіз болса",
            .az = "Err:502, əgər güc və ya fırlanma tezliyi müsbət deyilsə, yaxud mühərrik kodu "
                  "naməlumdursa",
        },
        .args = {
            {
                .id = "mcrKw", .kind = ADDIN_ARG_NUMBER,
                .name = { .en = "MCR", .ru = "MCR", .kk = "MCR", .az = "MCR" },
                .help = {
                    .en = "Maximum continuous rating, kW: of the main engines, or for DE of all "
                          "generator engines together",
                    .ru = "Максимальная длительная мощность, кВт: главных двигателей, а для DE — "
                          "всех дизель-генераторов вместе",
                    .kk = "Ең үлкен ұзақ қуат, кВт: бас қозғалтқыштардың, ал DE үшін барлық "
                          "дизель-генераторлардың жиынтық қуаты",
                    .az = "Maksimal uzunmüddətli güc, kVt: baş mühərriklərin, DE üçün isə bütün "
                          "dizel-generatorların birlikdə",
                },
            },
            {
                .id = "rpm", .kind = ADDIN_ARG_NUMBER,
                .name = { .en = "RPM", .ru = "Об/мин", .kk = "Айн/мин", .az = "Dövr/dəq" },
                .help = {
                    .en = "Engine speed at MCR, rev/min, of the engine, not the propeller; not "
                          "used for DE but must be positive",
                    .ru = "Частота вращения при MCR, об/мин, — двигателя, а не гребного винта; "
                          "для DE не используется, но должна быть положительной",
                    .kk = "MCR кезіндегі айналу жиілігі, айн/мин, — ескек бұрандасының емес, "
                          "қозғалтқыштың; DE үшін қолданылмайды, бірақ оң болуы керек",
                    .az = "MCR-də fırlanma tezliyi, dövr/dəq, — gəmi pərinin deyil, "
                          "mühərrikin; DE üçün istifadə olunmur, amma müsbət olmalıdır",
                },
            },
            {
                .id = "engine", .kind = ADDIN_ARG_TEXT, .optional = TRUE,
                .name = { .en = "Engine", .ru = "Двигатель", .kk = "Қозғалтқыш",
                          .az = "Mühərrik" },
                .help = {
                    .en = "DIESEL (also SSD, MSD: slow- or medium-speed diesel) or DE "
                          "(diesel-electric); default DIESEL",
                    .ru = "DIESEL (также SSD, MSD: мало- или среднеоборотный дизель) или DE "
                          "(дизель-электрическая установка); по умолчанию DIESEL",
                    .kk = "DIESEL (сондай-ақ SSD, MSD: аз немесе орта айналымды дизель) немесе "
                          "DE (дизель-электрлік қондырғы); әдепкі бойынша DIESEL",
                    .az = "DIESEL (həmçinin SSD, MSD: aşağı və ya orta dövrlü dizel) və ya DE "
                          "(dizel-elektrik qurğusu); susmaya görə DIESEL",
                },
            },
        },
        .examples = {
            { "ROUND(YARD.MACHINERYWEIGHT(9000;127);2)", "834.49", "834.49" },
            { "ROUND(YARD.MACHINERYWEIGHT(3000;750;\"MSD\");2)", "225.88", "225.88" },
            { "ROUND(YARD.MACHINERYWEIGHT(8000;720;\"DE\");2)", "797.52", "797.52" },
        },
    },
};

const AddinSection addin_section_estimating = {
    .title = { .en = "Estimating",
               .ru = "Параметрическая оценка",
               .kk = "Параметрлік бағалау",
               .az = "Parametrik qiymətləndirmə" },
    .functions = estimating_functions,
    .n_functions = G_N_ELEMENTS(estimating_functions),
};
