using Mono.Cecil;

namespace Wijkpeil.App.Tests.Architecture;

/// <summary>A use of one type by another: both named by their outermost type's full name (namespace.Name).</summary>
internal readonly record struct TypeUse(string From, string To);

/// <summary>
/// Reads every type-to-type reference of a compiled assembly: base types, interfaces, fields, properties,
/// events, method signatures, locals, catch clauses, the types and members a method body names, attributes
/// (and their typeof arguments) and generic arguments. Nested types, compiler-generated ones included
/// (lambdas, async state machines, Razor render fragments), count for their outermost type.
/// </summary>
internal static class TypeReferences
{
    /// <summary>
    /// The references from types whose namespace is <paramref name="root"/> or below it to the types
    /// <paramref name="isTarget"/> accepts (by outermost full name; by default the types below the root too).
    /// </summary>
    public static IReadOnlySet<TypeUse> Read(string assemblyPath, string root, Func<string, bool>? isTarget = null)
    {
        isTarget ??= to => InRoot(to, root);
        using var assembly = AssemblyDefinition.ReadAssembly(assemblyPath);
        var references = new HashSet<TypeUse>();
        foreach (var type in assembly.MainModule.GetTypes())
        {
            var from = OuterName(type);
            if (!InRoot(from, root))
            {
                continue;
            }

            var targets = new HashSet<string>(StringComparer.Ordinal);
            Collect(type, targets);
            foreach (var to in targets)
            {
                if (to != from && isTarget(to))
                {
                    references.Add(new TypeUse(from, to));
                }
            }
        }

        return references;
    }

    public static bool InRoot(string typeName, string root) =>
        typeName.StartsWith(root + ".", StringComparison.Ordinal);

    public static string NamespaceOf(string typeName) => typeName[..typeName.LastIndexOf('.')];

    private static void Collect(TypeDefinition type, HashSet<string> targets)
    {
        Add(type.BaseType, targets);
        foreach (var contract in type.Interfaces)
        {
            Add(contract.InterfaceType, targets);
            Attributes(contract, targets);
        }

        Attributes(type, targets);
        GenericParameters(type, targets);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType, targets);
            Attributes(field, targets);
        }

        foreach (var property in type.Properties)
        {
            Add(property.PropertyType, targets);
            Attributes(property, targets);
        }

        foreach (var @event in type.Events)
        {
            Add(@event.EventType, targets);
            Attributes(@event, targets);
        }

        foreach (var method in type.Methods)
        {
            Method(method, targets);
        }
    }

    private static void Method(MethodDefinition method, HashSet<string> targets)
    {
        Attributes(method, targets);
        Add(method.ReturnType, targets);
        Attributes(method.MethodReturnType, targets);
        GenericParameters(method, targets);
        foreach (var parameter in method.Parameters)
        {
            Add(parameter.ParameterType, targets);
            Attributes(parameter, targets);
        }

        if (!method.HasBody)
        {
            return;
        }

        foreach (var variable in method.Body.Variables)
        {
            Add(variable.VariableType, targets);
        }

        foreach (var handler in method.Body.ExceptionHandlers)
        {
            Add(handler.CatchType, targets);
        }

        foreach (var instruction in method.Body.Instructions)
        {
            switch (instruction.Operand)
            {
                case TypeReference named:
                    Add(named, targets);
                    break;
                case MethodReference called:
                    MemberOf(called, targets);
                    break;
                case FieldReference field:
                    Add(field.DeclaringType, targets);
                    Add(field.FieldType, targets);
                    break;
                case CallSite site:
                    Add(site.ReturnType, targets);
                    foreach (var parameter in site.Parameters)
                    {
                        Add(parameter.ParameterType, targets);
                    }

                    break;
            }
        }
    }

    private static void MemberOf(MethodReference method, HashSet<string> targets)
    {
        Add(method.DeclaringType, targets);
        Add(method.ReturnType, targets);
        foreach (var parameter in method.Parameters)
        {
            Add(parameter.ParameterType, targets);
        }

        if (method is GenericInstanceMethod generic)
        {
            foreach (var argument in generic.GenericArguments)
            {
                Add(argument, targets);
            }
        }
    }

    private static void GenericParameters(IGenericParameterProvider provider, HashSet<string> targets)
    {
        foreach (var parameter in provider.GenericParameters)
        {
            foreach (var constraint in parameter.Constraints)
            {
                Add(constraint.ConstraintType, targets);
            }
        }
    }

    private static void Attributes(ICustomAttributeProvider provider, HashSet<string> targets)
    {
        if (!provider.HasCustomAttributes)
        {
            return;
        }

        foreach (var attribute in provider.CustomAttributes)
        {
            Add(attribute.AttributeType, targets);
            foreach (var argument in attribute.ConstructorArguments.Concat(attribute.Properties.Select(p => p.Argument)).Concat(attribute.Fields.Select(f => f.Argument)))
            {
                if (argument.Value is TypeReference typeOf)
                {
                    Add(typeOf, targets);
                }
            }
        }
    }

    private static void Add(TypeReference? type, HashSet<string> targets)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                Add(generic.ElementType, targets);
                foreach (var argument in generic.GenericArguments)
                {
                    Add(argument, targets);
                }

                return;
            case FunctionPointerType pointer:
                Add(pointer.ReturnType, targets);
                foreach (var parameter in pointer.Parameters)
                {
                    Add(parameter.ParameterType, targets);
                }

                return;
            case TypeSpecification specification:
                // Arrays, by-ref, pointers, pinned and modified types name their element type.
                Add(specification.ElementType, targets);
                return;
            default:
                targets.Add(OuterName(type));
                return;
        }
    }

    /// <summary>A loaded type by the name uses give it: its outermost type's namespace and name (generic arity included).</summary>
    public static string NameOf(Type type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace is { Length: > 0 } space ? space + "." + type.Name : type.Name;
    }

    /// <summary>A referenced type by its outermost type's namespace and name, as <see cref="TypeUse"/> names it.</summary>
    public static string OuterName(TypeReference type)
    {
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }

        return type.Namespace.Length == 0 ? type.Name : type.Namespace + "." + type.Name;
    }
}
