namespace Wijkpeil.Bench;

/// <summary>
/// Sentences of the province's fourth progress letter on the Vitale Wijken aanpak (2024), verbatim: the real Dutch the
/// lessons search benchmark builds its generated lessons from.
/// </summary>
internal static class LessonSentences
{
    public static readonly string[] All =
    [
        "De uitvoering is in volle gang en er worden goede resultaten geboekt maar tegelijkertijd vergt de aanpak van de problematiek in de vier kwetsbare wijken een lange adem.",
        "In 2024 wordt extra ingezet op het steunen van bewoners die niet meer rond kunnen komen, het verbeteren van de veiligheid, investeren in gezondheid, en het ondersteunen van de jeugd door extra inzet op onderwijs en jongerenwerk.",
        "De provincie ondersteunt de uitvoering en speelt een verbindende rol tussen betrokken partijen door het organiseren van kennisuitwisseling en netwerkbijeenkomsten, monitoring, en het doen van aanvullend onderzoek.",
        "De provincie heeft in 2020 met het Rijk en de gemeenten Utrecht, Nieuwegein en Zeist een Regio Deal voor de wijken Overvecht, Batau en Vollenhove gesloten.",
        "Daarnaast zijn afspraken gemaakt met de gemeente Amersfoort in de Samenwerkingsovereenkomst Vitale Wijken Amersfoort voor de wijk Soesterkwartier.",
        "Met de Vitale Wijken aanpak wordt gewerkt aan het verbeteren van de leefbaarheid in de vier wijken en het toekomstperspectief van bewoners en uitvoering gegeven aan de interbestuurlijke samenwerking tussen Rijk, provincie en gemeenten.",
        "De uitvoering is in volle gang maar er is nog steeds sprake van een stapeling van problemen, we zien scheidslijnen waar bewoners meer en minder perspectief ervaren en ‘aan het overleven zijn in plaats van leven’.",
        "Een lange adem is nodig om zichtbare en duurzame verbeteringen tot stand te brengen.",
        "En vooral de potentie en kracht die ook in de wijken aanwezig is te benutten.",
        "In de vier wijken wordt intensief samengewerkt met bewoners en ondernemers.",
        "Het effect van zichtbare activiteiten en meer contacten is dat bewoners zich fijner voelen in hun buurt.",
        "De nabijheid van ontmoetingsplekken speelt een belangrijke rol bij het contact in de wijken.",
        "In alle vier de wijken zijn fysieke ontmoetingsplekken gerealiseerd waar bewoners met elkaar en met de gemeente en wijkprofessionals in contact kunnen komen.",
        "In Overvecht is er NOA Tamarinde met onder meer de Werkwinkel en de Voedselbank en in het Soesterkwartier is het Projectenhuis het centrale punt.",
        "Gemeenten peilen samen met kennispartners RIVM en GGDrU hoe de uitvoering verloopt en waar we moeten bijsturen.",
        "Ook is het van belang aan te geven welke lessen in de huidige Regio Deal zijn geleerd en wat dit betekent voor de aanpak in de nieuwe Regio Deal.",
        "In opdracht van de provincie heeft Platform31 een tussentijdse evaluatie uitgevoerd van de uitvoering Vitale Wijken aanpak en geïnventariseerd welke lessen tot nu toe zijn geleerd, welke projecten en interventies succesvol zijn en waar verbeterpunten liggen.",
        "Kenmerkend voor de aanpak is het samenwerken op verschillende niveaus: tussen Rijk en regio, tussen provincie en gemeenten, tussen afdelingen binnen de gemeente, en met partijen in de wijk.",
        "In Overvecht worden extra investeringen gedaan in de openbare ruimte, bestaanszekerheid, onderwijs en veiligheid.",
        "Er wordt ingezet op het creëren van een meer gemengde wijk en het huisvesten van meer ‘dragende’ bewoners.",
        "In Batau is gestart met het vernieuwen van de openbare ruimte van de Muntenbuurt.",
        "De buurt wordt groener, er komt meer plek voor ontmoeting en de straten worden anders ingericht om de verkeersveiligheid te vergroten.",
        "Er is een groeiende groep actieve bewoners die activiteiten organiseren voor en door bewoners waardoor de onderlinge betrokkenheid wordt vergroot.",
        "Er wordt extra ingezet op het verbeteren van de veiligheidsbeleving en het investeren in gezondheid en terugdringen van overgewicht.",
        "In de L-flat is de renovatie positief afgerond, mede door de extra sociale aanpak van het team Voor L-kaar.",
        "De proef gerichte woningtoewijzing is succesvol, er zijn een kleine 40 woningen op deze manier verhuurd.",
        "Er wordt extra ingezet op jeugd en jongeren en versterken van de veerkracht van bewoners.",
        "In het Soesterkwartier is de subsidieregeling opengesteld waarmee initiatiefnemers in de wijk aanvragen konden doen voor de uitvoering van projecten uit de Uitvoeringsagenda.",
        "Het Projectenhuis is geopend als plek van ontmoeting en uitwisseling en als locatie waar informatievoorziening plaatsvindt aan bewoners over alle projecten in het Soesterkwartier en in het omliggende gebied Langs Eem en Spoor.",
        "Er is een aantal algemene trends zichtbaar zoals onder andere een afname van het percentage volwassenen met een goed ervaren gezondheid en een verslechtering van de mentale gezondheid bij de jeugd.",
        "Het risico op psychosociale problemen en eenzaamheid is toegenomen.",
        "Het aantal misdrijven nam af maar het gevoel van veiligheid nam niet toe.",
        "In Overvecht ligt hierbij de focus op de doelgroepen jongeren en jongvolwassenen en het thema openbare ruimte.",
        "In Batau ligt de focus op het meten van de beleving en gebruik van het Muntplein, woonbeleving, betrokkenheid bij elkaar en bij activiteiten, veiligheid en overlast.",
        "In Vollenhove wordt een tweede evaluatie uitgevoerd van de inzet van het team Voor L-kaar in de L-flat.",
        "Daarnaast wordt onderzoek gedaan naar het functioneren van de netwerksamenwerking, naar het imago van de wijk en samen met Hogeschool Utrecht naar ervaringen van kinderen in de leeftijd van 3 tot 12 jaar met de buurtaanpak Vollenhove Vooruit.",
        "Dit kan bijvoorbeeld gaan om het geven van extra financiële ondersteuning voor specifieke projecten, het leveren van expertise, het leggen van verbindingen en het versterken van de regionale samenwerking of het doen van extra onderzoek.",
        "Er wordt momenteel onderzoek uitgevoerd naar de inrichting van ontmoetingsplekken, specifiek voor de doelgroepen tienermeiden en vrouwen met een migratie achtergrond.",
        "Ander voorbeeld is dat vanuit Vitale Wijken is bijgedragen aan het opzetten van de provinciale aanpak voor het versterken van de basisvaardigheden en het tegengaan van laaggeletterdheid.",
    ];
}
