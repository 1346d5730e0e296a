using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Wijkpeil.Domain.Areas;

namespace Wijkpeil.App.Kernel.Persistence;

/// <summary>Stores an <see cref="AreaCode"/> as its text.</summary>
internal sealed class AreaCodeConverter() : ValueConverter<AreaCode, string>(code => code.Value, text => AreaCode.From(text));
