using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Wijkpeil.App.Data.Configurations;

internal sealed class SystemSettingConfiguration : IEntityTypeConfiguration<Wijkpeil.App.Data.SystemSetting>
{
    public void Configure(EntityTypeBuilder<Wijkpeil.App.Data.SystemSetting> builder)
    {
        builder.ToTable("system_settings");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(100);
        builder.Property(s => s.Value).HasMaxLength(4000);
    }
}
