using Wijkpeil.Domain.Learning;

namespace Wijkpeil.Domain.Tests.Learning;

public sealed class CommunityEventTests
{
    private static readonly DateTimeOffset Start = new(2027, 3, 10, 13, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Start.AddDays(-14);
    private static readonly TimeSpan OfferTime = TimeSpan.FromHours(48);

    private static EventDetails Details(int capacity = 2, EventAudience audience = EventAudience.Open, IReadOnlyList<string>? gemeenten = null, IReadOnlyList<string>? organisations = null) => new(
        EventKind.WorkVisitInRegion,
        "Werkbezoek Overvecht: NOA Tamarinde",
        "We bekijken de **Werkwinkel**.",
        Start,
        Start.AddHours(3),
        MeetingPlaceId: null,
        Address: "Tamarindedreef 1, Utrecht",
        capacity,
        Start.AddDays(-2),
        audience,
        gemeenten ?? [],
        organisations ?? [],
        [1, 3],
        ["WK034403"],
        []);

    private static CommunityEvent Published(int capacity = 2)
    {
        var created = CommunityEvent.Create(Details(capacity)).Value;
        created.Publish();
        return created;
    }

    private static EventRegistration Register(CommunityEvent e, string name, bool placeHeld, DateTimeOffset? at = null) =>
        e.Register(new Registrant(name, $"{name.ToLowerInvariant()}@example.nl", "Gemeente Utrecht", "GM0344"), at ?? Now, "hash-" + name, "C-" + name, placeHeld).Value;

    [Fact]
    public void Create_FocusAreaCodes_KeptAsTheProgrammesStoreThemTrimmedOnly()
    {
        var details = Details() with { FocusAreaCodes = [" overvecht ", "overvecht", "batau", "  "] };

        var created = CommunityEvent.Create(details).Value;

        Assert.Equal(["overvecht", "batau"], created.FocusAreaCodes);
    }

    [Fact]
    public void Create_EndBeforeStart_RefusedAtTheEnd()
    {
        var error = CommunityEvent.Create(Details() with { EndsAt = Start.AddHours(-1) }).Error;

        Assert.Equal("event.end.before_start", error?.Code);
        Assert.Equal("endsAt", error?.Field);
    }

    [Fact]
    public void Create_RegistrationClosingAfterTheStart_Refused() =>
        Assert.Equal("event.registration_closes.after_start", CommunityEvent.Create(Details() with { RegistrationClosesAt = Start.AddMinutes(1) }).Error?.Code);

    [Fact]
    public void Create_NeitherPlaceNorAddress_RefusedAtThePlace() =>
        Assert.Equal("event.place.required", CommunityEvent.Create(Details() with { Address = "  " }).Error?.Code);

    [Theory]
    [InlineData(0)]
    [InlineData(CommunityEvent.MaxCapacity + 1)]
    public void Create_CapacityOutOfRange_Refused(int capacity) =>
        Assert.Equal("event.capacity.out_of_range", CommunityEvent.Create(Details(capacity)).Error?.Code);

    [Fact]
    public void Create_InvitedWithoutInvitees_Refused() =>
        Assert.Equal("event.invited.required", CommunityEvent.Create(Details(audience: EventAudience.Invited)).Error?.Code);

    [Fact]
    public void Create_InvitedWithAWrongGemeenteCode_NamesIt()
    {
        var error = CommunityEvent.Create(Details(audience: EventAudience.Invited, gemeenten: ["GM0344", "Utrecht"])).Error;

        Assert.Equal("event.invited.gemeente_invalid", error?.Code);
        Assert.Equal("Utrecht", error?.Arguments[0]);
    }

    [Fact]
    public void Register_PlaceHeld_ConfirmedElseWaiting()
    {
        var e = Published();

        var first = Register(e, "Anna", placeHeld: true);
        var second = Register(e, "Bram", placeHeld: false);

        Assert.Equal(RegistrationStatus.Confirmed, first.Status);
        Assert.Equal(RegistrationStatus.Waiting, second.Status);
        Assert.Equal(1, e.HeldPlaces);
    }

    [Fact]
    public void Register_Unpublished_CancelledOrAfterTheDeadline_Refused()
    {
        var draft = CommunityEvent.Create(Details()).Value;
        var cancelled = Published();
        cancelled.Cancel(Now);
        var who = new Registrant("Anna", "anna@example.nl", null, null);

        Assert.Equal("event.not_published", draft.Register(who, Now, "h", "c", true).Error?.Code);
        Assert.Equal("event.cancelled", cancelled.Register(who, Now, "h", "c", true).Error?.Code);
        Assert.Equal("event.registration_closed", Published().Register(who, Start.AddDays(-1), "h", "c", true).Error?.Code);
    }

    [Fact]
    public void Register_SameEmailTwice_RefusedAtTheEmail()
    {
        var e = Published();
        Register(e, "Anna", placeHeld: true);

        var error = e.Register(new Registrant("Anna B.", "ANNA@example.nl", null, null), Now, "h2", "c2", true).Error;

        Assert.Equal("registration.duplicate", error?.Code);
        Assert.Equal("email", error?.Field);
    }

    [Fact]
    public void Register_InvitedEvent_OnlyInvitedGemeenteOrOrganisation()
    {
        var e = CommunityEvent.Create(Details(audience: EventAudience.Invited, gemeenten: ["gm0307"], organisations: ["Hogeschool Utrecht"])).Value;
        e.Publish();

        Assert.True(e.Register(new Registrant("Anna", "a@example.nl", null, "GM0307"), Now, "h1", "c1", true).IsSuccess);
        Assert.True(e.Register(new Registrant("Bram", "b@example.nl", "hogeschool utrecht", null), Now, "h2", "c2", true).IsSuccess);
        Assert.Equal("registration.not_invited", e.Register(new Registrant("Cor", "c@example.nl", "Elders", "GM0344"), Now, "h3", "c3", true).Error?.Code);
    }

    [Fact]
    public void Register_BadEmail_NamesTheValue()
    {
        var error = Published().Register(new Registrant("Anna", "anna-at-example", null, null), Now, "h", "c", true).Error;

        Assert.Equal("registration.email.invalid", error?.Code);
        Assert.Equal("anna-at-example", error?.Arguments[0]);
    }

    [Fact]
    public void Cancel_APlaceHolder_ThePlacePassesToTheFirstInLineAsATimedOffer()
    {
        var e = Published();
        var anna = Register(e, "Anna", placeHeld: true);
        Register(e, "Bram", placeHeld: true);
        var cor = Register(e, "Cor", placeHeld: false, Now.AddMinutes(1));
        var dirk = Register(e, "Dirk", placeHeld: false, Now.AddMinutes(2));

        Assert.True(e.CancelRegistration(anna, Now.AddDays(1)).Value);
        var offered = e.PassOnPlace(Now.AddDays(1), OfferTime);

        Assert.Same(cor, offered);
        Assert.Equal(RegistrationStatus.Offered, cor.Status);
        Assert.Equal(Now.AddDays(1) + OfferTime, cor.OfferExpiresAt);
        Assert.Equal(RegistrationStatus.Waiting, dirk.Status);
        Assert.Equal(2, e.HeldPlaces);
    }

    [Fact]
    public void Cancel_AWaitingPerson_FreesNoPlace()
    {
        var e = Published(capacity: 1);
        Register(e, "Anna", placeHeld: true);
        var bram = Register(e, "Bram", placeHeld: false);

        Assert.False(e.CancelRegistration(bram, Now).Value);
        Assert.Equal(RegistrationStatus.Cancelled, bram.Status);
        Assert.Equal("registration.not_active", e.CancelRegistration(bram, Now).Error?.Code);
    }

    [Fact]
    public void Offer_AcceptedInTime_Confirmed_AfterItsExpiryRefused()
    {
        var e = Published(capacity: 1);
        var anna = Register(e, "Anna", placeHeld: true);
        var bram = Register(e, "Bram", placeHeld: false);
        e.CancelRegistration(anna, Now);
        e.PassOnPlace(Now, OfferTime);

        Assert.Equal("registration.offer_expired", e.AcceptOffer(bram, Now + OfferTime + TimeSpan.FromSeconds(1)).Error?.Code);
        Assert.True(e.AcceptOffer(bram, Now + OfferTime).IsSuccess);
        Assert.Equal(RegistrationStatus.Confirmed, bram.Status);
    }

    [Fact]
    public void Offer_NotTakenInTime_LapsesAndPassesOnToTheNext()
    {
        var e = Published(capacity: 1);
        var anna = Register(e, "Anna", placeHeld: true);
        var bram = Register(e, "Bram", placeHeld: false, Now.AddMinutes(1));
        var cor = Register(e, "Cor", placeHeld: false, Now.AddMinutes(2));
        e.CancelRegistration(anna, Now);
        e.PassOnPlace(Now, OfferTime);

        Assert.Empty(e.LapseExpiredOffers(Now + OfferTime));
        var lapsed = e.LapseExpiredOffers(Now + OfferTime + TimeSpan.FromMinutes(1));
        var next = e.PassOnPlace(Now + OfferTime + TimeSpan.FromMinutes(1), OfferTime);

        Assert.Equal([bram], lapsed);
        Assert.Equal(RegistrationStatus.OfferLapsed, bram.Status);
        Assert.Same(cor, next);
        Assert.Equal(1, e.HeldPlaces);
    }

    [Fact]
    public void PassOnPlace_CloseToTheStart_OfferEndsAtTheStart_AfterTheStartNoOffer()
    {
        var e = Published(capacity: 1);
        var anna = Register(e, "Anna", placeHeld: true);
        var bram = Register(e, "Bram", placeHeld: false);
        e.CancelRegistration(anna, Start.AddHours(-5));

        Assert.Null(e.PassOnPlace(Start, OfferTime));
        Assert.Same(bram, e.PassOnPlace(Start.AddHours(-5), OfferTime));
        Assert.Equal(Start, bram.OfferExpiresAt);
    }

    [Fact]
    public void PassOnPlace_NobodyWaiting_Null()
    {
        var e = Published();
        var anna = Register(e, "Anna", placeHeld: true);
        e.CancelRegistration(anna, Now);

        Assert.Null(e.PassOnPlace(Now, OfferTime));
        Assert.Equal(0, e.HeldPlaces);
    }

    [Fact]
    public void Change_CapacityBelowThePlacesHeld_Refused()
    {
        var e = Published(capacity: 3);
        Register(e, "Anna", placeHeld: true);
        Register(e, "Bram", placeHeld: true);

        var error = e.Change(Details(capacity: 1)).Error;

        Assert.Equal("event.capacity.below_taken", error?.Code);
        Assert.Equal(3, e.Capacity);
    }

    [Fact]
    public void Attendance_CheckedInCounted_NoShowsOnlyAfterTheEnd()
    {
        var e = Published(capacity: 3);
        var anna = Register(e, "Anna", placeHeld: true);
        Register(e, "Bram", placeHeld: true);
        var cor = Register(e, "Cor", placeHeld: false);

        e.CheckIn(anna, attended: true, Start.AddMinutes(5));

        Assert.Equal((1, 0), e.Attendance(Start.AddHours(1)));
        Assert.Equal((1, 1), e.Attendance(Start.AddHours(3)));
        Assert.Equal("registration.not_confirmed", e.CheckIn(cor, attended: true, Start).Error?.Code);
    }

    [Fact]
    public void Close_BeforeTheEnd_Refused_AfterItTheReportIsKept()
    {
        var e = Published();

        Assert.Equal("event.close.not_ended", e.Close("Verslag", Start.AddHours(1)).Error?.Code);
        Assert.True(e.Close("Twaalf deelnemers; **veel** vragen over de Werkwinkel.", Start.AddHours(4)).IsSuccess);
        Assert.NotNull(e.ClosedAt);
    }

    [Fact]
    public void Anonymise_RemovesNameEmailLinkAndCode_KeepsCountsAndGemeente()
    {
        var e = Published();
        var anna = Register(e, "Anna", placeHeld: true);
        e.CheckIn(anna, attended: true, Start.AddMinutes(1));

        e.AnonymiseRegistrations(Start.AddDays(90));

        Assert.Equal(string.Empty, anna.Name);
        Assert.Equal(string.Empty, anna.Email);
        Assert.Null(anna.LinkTokenHash);
        Assert.Null(anna.CheckInCode);
        Assert.Equal("GM0344", anna.GemeenteCode);
        Assert.Equal((1, 0), e.Attendance(Start.AddDays(90)));
    }
}
