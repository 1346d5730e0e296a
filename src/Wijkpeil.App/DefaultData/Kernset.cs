using Wijkpeil.App.Modules.Measurements.Contracts;
using Wijkpeil.App.Modules.Measurements.Import.Parsers;
using Wijkpeil.Domain.Indicators;
using Wijkpeil.Domain.Observations;

namespace Wijkpeil.App.DefaultData;

/// <summary>Where an indicator's figures come from: a measure key in a source table, as the parsers report it.</summary>
internal sealed record SourceKey(string Table, string MeasureKey);

/// <summary>One curated indicator of the catalogue.</summary>
/// <param name="Pillar">
/// The Vitale Wijken pillar (1-5) the kernset shows it on; null for context figures (population, surface
/// area) that are curated so both sources land on one indicator, but are not outcome indicators.
/// </param>
/// <param name="Breakdown">The breakdown the kernset shows (18+ for the health monitor, the total otherwise).</param>
/// <param name="Ratio">For a derived indicator (no source of its own): scale × numerator / denominator, by indicator code.</param>
internal sealed record KernsetEntry(
    string Code,
    string NameNl,
    string NameEn,
    string DefinitionNl,
    string DefinitionEn,
    string Unit,
    IndicatorKind Kind,
    Polarity Polarity,
    string Source,
    string PopulationGroup,
    int? Pillar,
    string Breakdown,
    IReadOnlyList<SourceKey> Sources,
    IndicatorRatio? Ratio = null);

/// <summary>
/// The curated indicator catalogue of the embedded default: every measure of RIVM's health table 50090NED,
/// and the CBS measures of the bundled files that say something about a pillar, each mapped to every bundled
/// source that publishes it (kwb short name, 85984NED OData key, StatLine-export key).
/// </summary>
/// <remarks>
/// <para>Only measures with figures in the bundled files are here; nothing is defined for data we do not have.</para>
/// <para>
/// Pillar 2 (veiligheid en ondermijning) has registered crime from Politie/CBS 47018NED (2023, per buurt). Pillar 4
/// (onderwijs) has its indicators defined and mapped to the kwb education columns (a_opl_lg, a_opl_md, a_opl_hg)
/// and their 85984NED keys, but the bundled kwb-2023 publishes them as "." (not yet published) and the OData extract
/// does not hold them: the pillar says so in words until a file with these columns filled is imported, which then
/// fills it. Nuisance and safety perception have no bundled source and are not defined.
/// </para>
/// </remarks>
internal static class Kernset
{
    public const int Health = 1;
    public const int Safety = 2;
    public const int Participation = 3;
    public const int Education = 4;
    public const int Living = 5;

    /// <summary>RIVM's small-area estimates of the GGD Gezondheidsmonitor Volwassenen en Ouderen.</summary>
    public const string HealthTable = "50090NED";

    /// <summary>CBS Kerncijfers wijken en buurten 2024, as the bundled OData extract names itself (TableInfos.json).</summary>
    public const string KeyFiguresTable = "85984NED";

    private const string HealthSource = "RIVM/GGD Gezondheidsmonitor Volwassenen en Ouderen, kleine-gebiedsschattingen (CBS-tabel 50090NED)";
    private const string HealthPopulation = "inwoners van 18 jaar en ouder (ook uitgesplitst naar 65 jaar en ouder)";
    private const string KeyFiguresSource = "CBS, Kerncijfers wijken en buurten (85984NED; kwb-bestand)";
    private const string NearnessSource = "CBS, Nabijheid voorzieningen; afstand locatie, wijk- en buurtcijfers (StatLine-export; kwb-bestand)";

    private const string Kb = KwbParser.DefaultSourceTable;
    private const string Csv = ObservationFormats.StatLineCsv;

    /// <summary>Politie/CBS: Geregistreerde misdrijven; soort misdrijf, wijk, buurt, jaarcijfers.</summary>
    public const string CrimeTable = "47018NED";

    /// <summary>SoortMisdrijf 0.0.0, totaal misdrijven: the breakdown code the StatLine parser gives its rows.</summary>
    public const string AllCrimes = "0.0.0";

    // Pillars 2 and 4 (issue 11, point 4), in a block of their own.
    private static readonly KernsetEntry[] SafetyAndEducation =
    [
        new(
            "GeregistreerdeMisdrijven",
            "Geregistreerde misdrijven",
            "Registered crimes",
            "Aantal door de politie geregistreerde misdrijven (alle soorten), geteld in de buurt waar het misdrijf is gepleegd. "
                + "De cijfers zijn per buurt gepubliceerd; totalen van een wijk, gemeente of focusgebied zijn afgeleide sommen van de buurten "
                + "en missen de misdrijven die bij 'buurt onbekend' zijn geregistreerd.",
            "Number of crimes (all kinds) registered by the police, counted in the buurt (neighbourhood) where the crime was committed. "
                + "The figures are published per buurt; totals for a wijk (district), municipality or focus area are derived sums of its buurten "
                + "and miss the crimes registered to 'buurt unknown'.",
            "aantal",
            IndicatorKind.Count,
            Polarity.HigherIsWorse,
            "Politie/CBS, Geregistreerde misdrijven; soort misdrijf, wijk, buurt (47018NED)",
            "misdrijven geregistreerd naar plaats delict",
            Safety,
            AllCrimes,
            [new SourceKey(CrimeTable, "GeregistreerdeMisdrijven")]),
        EducationLevel("OpleidingsniveauLaag", "a_opl_lg", "Opleidingsniveau laag", "Low level of education",
            "laag onderwijs is (basisonderwijs, vmbo, de eerste drie leerjaren van havo/vwo, entreeopleiding of praktijkonderwijs)",
            "is low (primary education, pre-vocational secondary education, the first three years of senior general secondary or pre-university education, entry-level or practical training)"),
        EducationLevel("OpleidingsniveauMiddelbaar", "a_opl_md", "Opleidingsniveau middelbaar", "Intermediate level of education",
            "middelbaar onderwijs is (bovenbouw havo/vwo of mbo 2 tot en met 4)",
            "is intermediate (upper years of senior general secondary or pre-university education, or secondary vocational education levels 2 to 4)"),
        EducationLevel("OpleidingsniveauHoog", "a_opl_hg", "Opleidingsniveau hoog", "High level of education",
            "hoog onderwijs is (hbo of wo)",
            "is high (higher professional education or university)"),
    ];

    public static IReadOnlyList<KernsetEntry> Entries { get; } =
    [
        .. SafetyAndEducation,

        // Pillar 1: gezondheid. Every 50090NED measure, shown for adults (18+).
        HealthMeasure("ErvarenGezondheidGoedZeerGoed", "Ervaren gezondheid goed of zeer goed", "Self-rated health good or very good",
            "dat de eigen gezondheid als goed of zeer goed ervaart.", "who rate their own health as good or very good.", Polarity.HigherIsBetter),
        HealthMeasure("VoldoetAanBeweegrichtlijn", "Voldoet aan de beweegrichtlijn", "Meets the physical activity guideline",
            "dat voldoet aan de Beweegrichtlijnen 2017 van de Gezondheidsraad.", "who meet the 2017 physical activity guidelines of the Health Council of the Netherlands.", Polarity.HigherIsBetter),
        HealthMeasure("WekelijkseSporters", "Wekelijkse sporters", "Weekly sports participation",
            "dat ten minste één keer per week sport.", "who play sports at least once a week.", Polarity.HigherIsBetter),
        HealthMeasure("Ondergewicht", "Ondergewicht", "Underweight",
            "met ondergewicht (BMI lager dan 18,5).", "who are underweight (BMI below 18.5).", Polarity.HigherIsWorse),
        HealthMeasure("NormaalGewicht", "Normaal gewicht", "Healthy weight",
            "met een normaal gewicht (BMI van 18,5 tot 25).", "with a healthy weight (BMI from 18.5 to 25).", Polarity.HigherIsBetter),
        HealthMeasure("Overgewicht", "Overgewicht", "Overweight",
            "met overgewicht (BMI van 25 of hoger, ernstig overgewicht inbegrepen).", "who are overweight (BMI 25 or higher, obesity included).", Polarity.HigherIsWorse),
        HealthMeasure("ErnstigOvergewicht", "Ernstig overgewicht (obesitas)", "Obesity",
            "met ernstig overgewicht (BMI van 30 of hoger).", "with obesity (BMI 30 or higher).", Polarity.HigherIsWorse),
        HealthMeasure("Roker", "Rookt", "Smokes",
            "dat rookt.", "who smoke.", Polarity.HigherIsWorse),
        HealthMeasure("VoldoetAanAlcoholRichtlijn", "Voldoet aan de alcoholrichtlijn", "Meets the alcohol guideline",
            "dat voldoet aan de alcoholrichtlijn van de Gezondheidsraad (2015): geen alcohol, of in elk geval niet meer dan één glas per dag.", "who meet the Health Council's 2015 alcohol guideline: no alcohol, or at least no more than one glass a day.", Polarity.HigherIsBetter),

        // Neutral on purpose: "drinker" counts anyone who drinks, also within the guideline; whether drinking
        // is too much is judged by the guideline, heavy and excessive drinking measures.
        HealthMeasure("Drinker", "Drinkt alcohol", "Drinks alcohol",
            "dat alcohol drinkt.", "who drink alcohol.", Polarity.Neutral),
        HealthMeasure("ZwareDrinker", "Zware drinker", "Heavy drinker",
            "dat ten minste één keer per week ten minste 6 (mannen) of 4 (vrouwen) glazen alcohol op één dag drinkt.", "who at least once a week drink at least 6 (men) or 4 (women) glasses of alcohol on one day.", Polarity.HigherIsWorse),
        HealthMeasure("OvermatigeDrinker", "Overmatige drinker", "Excessive drinker",
            "dat meer dan 21 (mannen) of 14 (vrouwen) glazen alcohol per week drinkt.", "who drink more than 21 (men) or 14 (women) glasses of alcohol a week.", Polarity.HigherIsWorse),
        HealthMeasure("EenOfMeerLangdurigeAandoeningen", "Eén of meer langdurige aandoeningen", "One or more chronic conditions",
            "met één of meer langdurige ziekten of aandoeningen.", "with one or more chronic diseases or conditions.", Polarity.HigherIsWorse),
        HealthMeasure("BeperktVanwegeGezondheid", "Beperkt vanwege gezondheid", "Limited because of health",
            "dat vanwege de gezondheid beperkt is in de gewone dagelijkse activiteiten.", "who are limited in usual daily activities because of their health.", Polarity.HigherIsWorse),
        HealthMeasure("ErnstigBeperktVanwegeGezondheid", "Ernstig beperkt vanwege gezondheid", "Severely limited because of health",
            "dat vanwege de gezondheid ernstig beperkt is in de gewone dagelijkse activiteiten.", "who are severely limited in usual daily activities because of their health.", Polarity.HigherIsWorse),
        HealthMeasure("LangdurigeZiekteEnBeperkt", "Langdurige ziekte en beperkt", "Chronic condition and limited",
            "met een langdurige ziekte of aandoening dat daarnaast beperkt is vanwege de gezondheid.", "with a chronic disease or condition who are also limited because of their health.", Polarity.HigherIsWorse),
        HealthMeasure("EenOfMeerLichamelijkeBeperkingen", "Eén of meer lichamelijke beperkingen", "One or more physical disabilities",
            "met ten minste één lichamelijke beperking in horen, zien of bewegen.", "with at least one physical disability in hearing, sight or mobility.", Polarity.HigherIsWorse),
        HealthMeasure("BeperkingInHoren", "Beperking in horen", "Hearing disability",
            "met een beperking in horen.", "with a hearing disability.", Polarity.HigherIsWorse),
        HealthMeasure("BeperkingInZien", "Beperking in zien", "Visual disability",
            "met een beperking in zien.", "with a visual disability.", Polarity.HigherIsWorse),
        HealthMeasure("BeperkingInBewegen", "Beperking in bewegen", "Mobility disability",
            "met een beperking in bewegen (mobiliteit).", "with a mobility disability.", Polarity.HigherIsWorse),
        HealthMeasure("MatigHoogRisicoOpAngstOfDepressie", "Matig of hoog risico op angststoornis of depressie", "Moderate or high risk of anxiety disorder or depression",
            "met een matig of hoog risico op een angststoornis of depressie (Kessler-10).", "at moderate or high risk of an anxiety disorder or depression (Kessler-10).", Polarity.HigherIsWorse),
        HealthMeasure("HoogRisicoOpAngstOfDepressie", "Hoog risico op angststoornis of depressie", "High risk of anxiety disorder or depression",
            "met een hoog risico op een angststoornis of depressie (Kessler-10).", "at high risk of an anxiety disorder or depression (Kessler-10).", Polarity.HigherIsWorse),
        HealthMeasure("HeelVeelStressInAfgelopen4Weken", "Heel veel stress in de afgelopen 4 weken", "A great deal of stress in the past 4 weeks",
            "dat in de afgelopen vier weken heel veel stress heeft ervaren.", "who experienced a great deal of stress in the past four weeks.", Polarity.HigherIsWorse),
        HealthMeasure("MatigVeelRegieOverEigenLeven", "Matig of veel regie over eigen leven", "Moderate or strong control over own life",
            "dat matig of veel regie over het eigen leven ervaart.", "who feel moderate or strong control over their own life.", Polarity.HigherIsBetter),
        HealthMeasure("Eenzaam", "Eenzaam", "Lonely",
            "dat zich eenzaam voelt (De Jong Gierveld-schaal).", "who feel lonely (De Jong Gierveld scale).", Polarity.HigherIsWorse),
        HealthMeasure("ErnstigZeerErnstigEenzaam", "Ernstig of zeer ernstig eenzaam", "Severely or very severely lonely",
            "dat zich ernstig of zeer ernstig eenzaam voelt (De Jong Gierveld-schaal).", "who feel severely or very severely lonely (De Jong Gierveld scale).", Polarity.HigherIsWorse),
        HealthMeasure("EmotioneelEenzaam", "Emotioneel eenzaam", "Emotionally lonely",
            "dat emotioneel eenzaam is: een hechte, intieme band mist.", "who are emotionally lonely: they miss a close, intimate relationship.", Polarity.HigherIsWorse),
        HealthMeasure("SociaalEenzaam", "Sociaal eenzaam", "Socially lonely",
            "dat sociaal eenzaam is: een bredere kring van contacten mist.", "who are socially lonely: they miss a wider circle of contacts.", Polarity.HigherIsWorse),
        HealthMeasure("LopenEnOfFietsenNaarSchoolOfWerk", "Loopt en/of fietst naar school of werk", "Walks and/or cycles to school or work",
            "dat lopend en/of fietsend naar school of werk gaat.", "who walk and/or cycle to school or work.", Polarity.HigherIsBetter),
        HealthMeasure("LopenNaarSchoolOfWerk", "Loopt naar school of werk", "Walks to school or work",
            "dat lopend naar school of werk gaat.", "who walk to school or work.", Polarity.HigherIsBetter),
        HealthMeasure("FietsenNaarSchoolOfWerk", "Fietst naar school of werk", "Cycles to school or work",
            "dat fietsend naar school of werk gaat.", "who cycle to school or work.", Polarity.HigherIsBetter),

        // Pillar 3: participatie en armoede.
        HealthMeasure("MoeiteMetRondkomen", "Moeite met rondkomen", "Difficulty making ends meet",
            "dat moeite heeft om rond te komen van het inkomen van het huishouden.", "who find it difficult to make ends meet on their household income.", Polarity.HigherIsWorse, Participation),
        HealthMeasure("Vrijwilligerswerk", "Doet vrijwilligerswerk", "Does volunteer work",
            "dat vrijwilligerswerk doet.", "who do volunteer work.", Polarity.HigherIsBetter, Participation),

        // Neutral on purpose: caring for a relative is involvement and can also be a heavy burden; a rise is
        // neither good nor bad news by itself.
        HealthMeasure("Mantelzorger", "Mantelzorger", "Informal carer",
            "dat mantelzorg geeft aan iemand uit de eigen omgeving.", "who provide informal care to someone close to them.", Polarity.Neutral, Participation),
        Benefit("PersonenPerSoortUitkeringBijstand", "a_soz_wb", "Personen met een bijstandsuitkering", "People receiving social assistance",
            "Aantal personen met een bijstandsuitkering (Participatiewet).", "Number of people receiving social assistance benefit (Participation Act).", Polarity.HigherIsWorse, Participation),
        Benefit("PersonenPerSoortUitkeringAO", "a_soz_ao", "Personen met een arbeidsongeschiktheidsuitkering", "People receiving disability benefit",
            "Aantal personen met een arbeidsongeschiktheidsuitkering (WIA, WAO, Wajong, WAZ).", "Number of people receiving a work disability benefit (WIA, WAO, Wajong, WAZ).", Polarity.HigherIsWorse, Participation),
        Benefit("PersonenPerSoortUitkeringWW", "a_soz_ww", "Personen met een WW-uitkering", "People receiving unemployment benefit",
            "Aantal personen met een werkloosheidsuitkering (WW).", "Number of people receiving unemployment benefit (WW).", Polarity.HigherIsWorse, Participation),

        // Pillar 5: wonen, gezonde leefomgeving, groen en duurzaamheid.
        HealthMeasure("ErnstigeGeluidhinderDoorBuren", "Ernstige geluidhinder door buren", "Severe noise annoyance from neighbours",
            "dat ernstige geluidhinder door buren ondervindt.", "who are severely annoyed by noise from neighbours.", Polarity.HigherIsWorse, Living),
        KeyFigure("Bevolkingsdichtheid", "bev_dich", "Bevolkingsdichtheid", "Population density",
            "Aantal inwoners per km² land op 1 januari.", "Number of inhabitants per km² of land on 1 January.",
            "inwoners per km²", IndicatorKind.Rate, "alle inwoners", Living),
        KeyFigure("Woningvoorraad", "a_woning", "Woningvoorraad", "Housing stock",
            "Aantal woningen op 1 januari.", "Number of dwellings on 1 January.",
            "aantal", IndicatorKind.Count, "woningen", Living),
        KeyFigure("GemiddeldeWOZWaardeVanWoningen", "g_wozbag", "Gemiddelde WOZ-waarde van woningen", "Average WOZ value of dwellings",
            "Gemiddelde waarde van woningen volgens de Wet waardering onroerende zaken (WOZ), in duizenden euro's.", "Average value of dwellings under the Valuation of Immovable Property Act (WOZ), in thousands of euros.",
            "x 1.000 euro", IndicatorKind.Mean, "woningen", Living),
        KeyFigure("Koopwoningen", "p_koopw", "Koopwoningen", "Owner-occupied dwellings",
            "Percentage woningen dat eigendom is van de bewoner.", "Percentage of dwellings owned by their occupant.",
            "%", IndicatorKind.Percentage, "woningen", Living),
        KeyFigure("HuurwoningenTotaal", "p_huurw", "Huurwoningen", "Rented dwellings",
            "Percentage woningen dat wordt verhuurd (door een woningcorporatie of een andere verhuurder).", "Percentage of dwellings that are rented out (by a housing association or another landlord).",
            "%", IndicatorKind.Percentage, "woningen", Living),
        KeyFigure("InBezitWoningcorporatie", "p_wcorpw", "Huurwoningen van een woningcorporatie", "Dwellings owned by a housing association",
            "Percentage woningen in bezit van een woningcorporatie.", "Percentage of dwellings owned by a housing association.",
            "%", IndicatorKind.Percentage, "woningen", Living),
        Nearness("AfstandTotGroteSupermarkt", "g_afs_gs", "Afstand tot grote supermarkt", "Distance to a large supermarket",
            "grote supermarkt", "large supermarket"),
        Nearness("AfstandTotKinderdagverblijf", "g_afs_kv", "Afstand tot kinderdagverblijf", "Distance to a day nursery",
            "kinderdagverblijf", "day nursery"),
        Nearness("AfstandTotBuitenschoolseOpvang", null, "Afstand tot buitenschoolse opvang", "Distance to out-of-school care",
            "buitenschoolse opvang", "out-of-school care"),
        Nearness("AfstandTotBibliotheek", null, "Afstand tot bibliotheek", "Distance to a library",
            "bibliotheek", "library"),
        Nearness("AfstandTotZwembad", null, "Afstand tot zwembad", "Distance to a swimming pool",
            "zwembad", "swimming pool"),

        // Context: curated so that the kwb short name and the OData key of one measure become one indicator,
        // but no outcome of any pillar.
        KeyFigure("AantalInwoners", "a_inw", "Aantal inwoners", "Number of inhabitants",
            "Aantal inwoners op 1 januari.", "Number of inhabitants on 1 January.", "aantal", IndicatorKind.Count, "alle inwoners", null),
        KeyFigure("Mannen", "a_man", "Mannen", "Men",
            "Aantal mannelijke inwoners op 1 januari.", "Number of male inhabitants on 1 January.", "aantal", IndicatorKind.Count, "alle inwoners", null),
        KeyFigure("Vrouwen", "a_vrouw", "Vrouwen", "Women",
            "Aantal vrouwelijke inwoners op 1 januari.", "Number of female inhabitants on 1 January.", "aantal", IndicatorKind.Count, "alle inwoners", null),
        KeyFigure("OppervlakteTotaal", "a_opp_ha", "Oppervlakte totaal", "Total area",
            "Totale oppervlakte (land en water) in hectare.", "Total area (land and water) in hectares.", "ha", IndicatorKind.Count, "gebied", null),
        KeyFigure("OppervlakteLand", "a_lan_ha", "Oppervlakte land", "Land area",
            "Oppervlakte land in hectare.", "Land area in hectares.", "ha", IndicatorKind.Count, "gebied", null),
        KeyFigure("OppervlakteWater", "a_wat_ha", "Oppervlakte water", "Water area",
            "Oppervlakte water in hectare.", "Water area in hectares.", "ha", IndicatorKind.Count, "gebied", null),
        Benefit("PersonenPerSoortUitkeringAOW", "a_soz_ow", "Personen met een AOW-uitkering", "People receiving state pension",
            "Aantal personen met een AOW-uitkering (Algemene Ouderdomswet).", "Number of people receiving the state old-age pension (AOW).", Polarity.Neutral, null),

        // Derived indicators: no source of their own; the monitor computes them per area and period from two counts of
        // the same period (for a focus area of several wijken from the summed counts, never as an average of rates).
        new KernsetEntry(
            "BijstandPer1000Inwoners",
            "Personen met een bijstandsuitkering per 1.000 inwoners",
            "People receiving social assistance per 1,000 inhabitants",
            "Aantal personen met een bijstandsuitkering (Participatiewet) per 1.000 inwoners op 1 januari, afgeleid uit de twee aantallen van CBS.",
            "Number of people receiving social assistance benefit (Participation Act) per 1,000 inhabitants on 1 January, derived from the two CBS counts.",
            "per 1.000 inwoners",
            IndicatorKind.Rate,
            Polarity.HigherIsWorse,
            KeyFiguresSource,
            "alle inwoners",
            Participation,
            Breakdown.TotalCode,
            [],
            new IndicatorRatio("PersonenPerSoortUitkeringBijstand", "AantalInwoners", 1000)),
        new KernsetEntry(
            "GeregistreerdeMisdrijvenPer1000Inwoners",
            "Geregistreerde misdrijven per 1.000 inwoners",
            "Registered crimes per 1,000 inhabitants",
            "Aantal door de politie geregistreerde misdrijven (alle soorten) per 1.000 inwoners, afgeleid uit het aantal misdrijven "
                + "(Politie/CBS) en het aantal inwoners (CBS) van hetzelfde jaar; alleen waar het inwonertal van dat jaar bekend is.",
            "Number of crimes (all kinds) registered by the police per 1,000 inhabitants, derived from the number of crimes "
                + "(Police/CBS) and the number of inhabitants (CBS) of the same year; only where that year's population is known.",
            "per 1.000 inwoners",
            IndicatorKind.Rate,
            Polarity.HigherIsWorse,
            "Politie/CBS (47018NED) en CBS, Kerncijfers wijken en buurten",
            "misdrijven geregistreerd naar plaats delict, per 1.000 inwoners",
            Safety,
            AllCrimes,
            [],
            new IndicatorRatio("GeregistreerdeMisdrijven", "AantalInwoners", 1000)),
    ];

    private static KernsetEntry HealthMeasure(string key, string nameNl, string nameEn, string definitionNl, string definitionEn, Polarity polarity, int pillar = Health) =>
        new(
            key,
            nameNl,
            nameEn,
            "Percentage inwoners " + definitionNl,
            "Percentage of residents " + definitionEn,
            "%",
            IndicatorKind.Percentage,
            polarity,
            HealthSource,
            HealthPopulation,
            pillar,
            "18+",
            [new SourceKey(HealthTable, key)]);

    /// <summary>A key figure published both in the kwb file (short name) and in 85984NED (OData key without its position suffix).</summary>
    private static KernsetEntry KeyFigure(string key, string kwbKey, string nameNl, string nameEn, string definitionNl, string definitionEn, string unit, IndicatorKind kind, string population, int? pillar) =>
        new(
            key,
            nameNl,
            nameEn,
            definitionNl,
            definitionEn,
            unit,
            kind,
            Polarity.Neutral,
            KeyFiguresSource,
            population,
            pillar,
            Breakdown.TotalCode,
            [new SourceKey(Kb, kwbKey), new SourceKey(KeyFiguresTable, key)]);

    /// <summary>A kwb education-level count (persons aged 15 to 75 on 1 October by their highest level of education), also a 85984NED key.</summary>
    private static KernsetEntry EducationLevel(string key, string kwbKey, string nameNl, string nameEn, string levelNl, string levelEn) =>
        KeyFigure(
            key,
            kwbKey,
            nameNl,
            nameEn,
            $"Aantal inwoners van 15 tot 75 jaar op 1 oktober van wie het hoogst behaalde onderwijsniveau {levelNl}.",
            $"Number of inhabitants aged 15 to 75 on 1 October whose highest level of education completed {levelEn}.",
            "aantal",
            IndicatorKind.Count,
            "inwoners van 15 tot 75 jaar",
            Education);

    private static KernsetEntry Benefit(string key, string kwbKey, string nameNl, string nameEn, string definitionNl, string definitionEn, Polarity polarity, int? pillar) =>
        KeyFigure(key, kwbKey, nameNl, nameEn, definitionNl, definitionEn, "aantal", IndicatorKind.Count, "inwoners met een uitkering", pillar) with { Polarity = polarity };

    /// <summary>
    /// A distance from the nearness table: the StatLine-export key (the parser's key for the header), and where
    /// the key figures publish the same measure (a kwb short name is given), the kwb and 85984NED keys.
    /// </summary>
    private static KernsetEntry Nearness(string key, string? kwbKey, string nameNl, string nameEn, string facilityNl, string facilityEn)
    {
        List<SourceKey> sources = [new SourceKey(Csv, key)];
        if (kwbKey is not null)
        {
            sources.Add(new SourceKey(Kb, kwbKey));
            sources.Add(new SourceKey(KeyFiguresTable, key));
        }

        return new KernsetEntry(
            key,
            nameNl,
            nameEn,
            $"Gemiddelde afstand over de weg van alle inwoners tot de dichtstbijzijnde {facilityNl}, in kilometers.",
            $"Average road distance of all inhabitants to the nearest {facilityEn}, in kilometres.",
            "km",
            IndicatorKind.Mean,
            Polarity.HigherIsWorse,
            NearnessSource,
            "alle inwoners",
            Living,
            Breakdown.TotalCode,
            sources);
    }
}
