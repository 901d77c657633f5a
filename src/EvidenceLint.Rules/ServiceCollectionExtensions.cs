using EvidenceLint.Analysis;
using EvidenceLint.Units;
using EvidenceLint.Reading;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvidenceLint;

/// <summary>Registers EvidenceLint with Microsoft.Extensions.DependencyInjection.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Registers the built-in readers, analyzers and fix providers and a singleton <see cref="EvidenceLinter"/>. Any
    /// <see cref="EvidenceAnalyzer"/> or <see cref="IEvidenceReader"/> registered in the container, before or
    /// after this call, is used too.
    /// </summary>
    /// <param name="services">The container.</param>
    /// <param name="configure">Adjusts the default options.</param>
    public static IServiceCollection AddEvidenceLint(this IServiceCollection services, Func<LintOptions, LintOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var reader in EvidenceLinter.DefaultReaders())
        {
            services.AddSingleton(reader);
        }

        foreach (var analyzer in BuiltInAnalyzers.Create())
        {
            if (analyzer is Packs.DeclarativeRuleAnalyzer declarative)
            {
                // Every pack rule shares one analyzer type, which TryAddEnumerable would keep only once: compare rule ids.
                bool registered = services.Any(s => s.ServiceType == typeof(EvidenceAnalyzer)
                    && s.ImplementationInstance is Packs.DeclarativeRuleAnalyzer existing
                    && string.Equals(existing.Rule.Id, declarative.Rule.Id, StringComparison.OrdinalIgnoreCase));
                if (!registered)
                {
                    services.AddSingleton<EvidenceAnalyzer>(declarative);
                }

                continue;
            }

            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(EvidenceAnalyzer), analyzer));
        }

        // Fixes are resolved as IEnumerable<IEvidenceFixProvider>, like analyzers, so a centre can add its own.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Rules.Fixes.IEvidenceFixProvider, Rules.Fixes.RedactionFixProvider>(
            sp => new Rules.Fixes.RedactionFixProvider(sp.GetRequiredService<LintOptions>().Limits)));

        var options = configure is null ? LintOptions.Default : configure(LintOptions.Default);
        services.TryAddSingleton(options);
        services.TryAddSingleton(BuiltInUnits.Catalog);
        services.TryAddSingleton(sp => new EvidenceLinter(
            sp.GetServices<EvidenceAnalyzer>(),
            sp.GetRequiredService<LintOptions>(),
            sp.GetServices<IEvidenceReader>(),
            sp.GetRequiredService<UnitCatalog>()));
        return services;
    }
}
