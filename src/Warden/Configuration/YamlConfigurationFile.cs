using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Warden.Configuration;

/// <summary>
/// Reads config.yaml: a mapping of sections (database, cache, server, logging) to mappings of scalar keys; the
/// clients, scopes and users sections are left to <see cref="DeclaredObjectsFile"/>.
/// Anything else, and any key Warden does not know, is an error, so that a typo never silently falls back to a default.
/// </summary>
public static class YamlConfigurationFile
{
    public static IReadOnlyList<(ConfigurationKey Key, string Value)> Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"config file '{path}': cannot be read ({FirstLine(exception.Message)})");
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            throw new ConfigurationException($"config file '{path}': invalid YAML at line {exception.Start.Line}: {FirstLine(exception.InnerException?.Message ?? exception.Message)}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            return [];
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new ConfigurationException($"config file '{path}': expected sections such as 'database:' at the top level");

        var sections = ConfigurationKeys.All.Select(key => key.Section).Distinct().ToList();
        var values = new List<(ConfigurationKey, string)>();
        foreach (var (sectionNode, body) in root.Children)
        {
            var section = ((YamlScalarNode)sectionNode).Value ?? "";
            if (DeclaredObjectsFile.Sections.Contains(section))
                continue; // clients, scopes and users: lists of objects, read by DeclaredObjectsFile
            if (!sections.Contains(section))
                throw new ConfigurationException($"config file '{path}': unknown section '{section}' (allowed: {string.Join(", ", sections.Concat(DeclaredObjectsFile.Sections))})");
            if (body is YamlScalarNode { Value: null or "" })
                continue;
            if (body is not YamlMappingNode mapping)
                throw new ConfigurationException($"config file '{path}': section '{section}' must be a mapping of keys");

            foreach (var (leafNode, valueNode) in mapping.Children)
            {
                var name = $"{section}.{((YamlScalarNode)leafNode).Value}";
                var key = ConfigurationKeys.Find(name)
                          ?? throw new ConfigurationException(
                              $"config file '{path}': unknown key '{name}' (allowed in {section}: " +
                              $"{string.Join(", ", ConfigurationKeys.All.Where(k => k.Section == section).Select(k => k.Leaf))})");
                var value = valueNode switch
                {
                    YamlScalarNode scalar => scalar.Value,
                    YamlSequenceNode list when list.Children.All(item => item is YamlScalarNode) =>
                        string.Join(';', list.Children.Select(item => ((YamlScalarNode)item).Value)),
                    _ => throw new ConfigurationException($"config file '{path}': '{name}' must be a single value"),
                };
                if (!string.IsNullOrEmpty(value))
                    values.Add((key, value));
            }
        }
        return values;
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
