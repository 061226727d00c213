package org.broadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Executable;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * The core module exports its API and nothing else ({@code module-info.java}), and no public signature of an
 * exported package names a type of a package that is not exported: a user who sees a type can name it.
 */
class PublicApiTest {

    private static final Set<String> API = Set.of("org.broadsheet", "org.broadsheet.article", "org.broadsheet.json");

    @Test
    void theModuleExportsTheApiAlone() throws Exception {
        Path classes = Path.of(Extractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        ModuleDescriptor module = ModuleFinder.of(classes).findAll().iterator().next().descriptor();
        assertEquals("org.broadsheet.core", module.name());
        Set<String> exported = new TreeSet<>();
        for (ModuleDescriptor.Exports e : module.exports()) {
            assertTrue(e.targets().isEmpty(), "qualified export " + e);
            exported.add(e.source());
        }
        assertEquals(new TreeSet<>(API), exported);
    }

    @Test
    void theApiNamesNoInternalType() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(API.toArray(String[]::new))) {
            Class<?> type = Class.forName(c.getName());
            if (!API.contains(type.getPackageName()) || !isVisible(type)) {
                continue;
            }
            List<Type> named = new ArrayList<>();
            named.add(type.getGenericSuperclass());
            named.addAll(List.of(type.getGenericInterfaces()));
            for (var f : type.getDeclaredFields()) {
                if (isVisible(f.getModifiers())) {
                    named.add(f.getGenericType());
                }
            }
            List<Executable> calls = new ArrayList<>(List.of(type.getDeclaredConstructors()));
            calls.addAll(List.of(type.getDeclaredMethods()));
            for (Executable x : calls) {
                if (!isVisible(x.getModifiers()) || x.isSynthetic()) {
                    continue;
                }
                named.addAll(List.of(x.getGenericParameterTypes()));
                named.addAll(List.of(x.getGenericExceptionTypes()));
                if (x instanceof Method m) {
                    named.add(m.getGenericReturnType());
                }
            }
            for (Type t : named) {
                for (Class<?> used : classesIn(t, new ArrayList<>())) {
                    if (!isAllowed(used)) {
                        leaks.add(type.getName() + " names " + used.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), leaks.stream().distinct().sorted().collect(Collectors.toList()));
    }

    private static boolean isAllowed(Class<?> used) {
        String p = used.getPackageName();
        // the JSON writer hands out a Jackson tree; the module requires Jackson transitively for that
        return used.isPrimitive() || API.contains(p) || p.startsWith("java.")
                || p.startsWith("com.fasterxml.jackson.");
    }

    private static boolean isVisible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static List<Class<?>> classesIn(Type t, List<Class<?>> out) {
        if (t instanceof Class<?> c) {
            out.add(c.isArray() ? c.componentType() : c);
        } else if (t instanceof ParameterizedType p) {
            classesIn(p.getRawType(), out);
            for (Type a : p.getActualTypeArguments()) {
                classesIn(a, out);
            }
        } else if (t instanceof GenericArrayType g) {
            classesIn(g.getGenericComponentType(), out);
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                classesIn(b, out);
            }
            for (Type b : w.getLowerBounds()) {
                classesIn(b, out);
            }
        } else if (t instanceof TypeVariable<?> v) {
            for (Type b : v.getBounds()) {
                // (a bound that names the variable again, E extends Enum<E>, only adds its raw type)
                classesIn(b instanceof ParameterizedType p ? p.getRawType() : b, out);
            }
        }
        return out;
    }
}
