package be.clusterpact.engine;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * The allow-list of beans models may use: this application's delegates and listeners (beans in
 * {@code be.clusterpact} implementing {@link JavaDelegate}, {@link TaskListener} or {@link
 * ExecutionListener}) and beans marked {@link ModelFunctions}. Read from the bean definitions, so no
 * bean is created early; {@link #asMap()} is what the engine's expressions see instead of the whole
 * application context.
 */
final class ModelBeans {

  private static final String PACKAGE = "be.clusterpact";
  private static final List<Class<?>> DELEGATE_TYPES = List.of(JavaDelegate.class, TaskListener.class,
      ExecutionListener.class);

  private final ListableBeanFactory factory;
  private final Set<String> names;

  ModelBeans(ListableBeanFactory factory) {
    this.factory = factory;
    this.names = Collections.unmodifiableSortedSet(Arrays.stream(factory.getBeanDefinitionNames())
        .filter(this::allowed).collect(Collectors.toCollection(TreeSet::new)));
  }

  Set<String> names() {
    return names;
  }

  private boolean allowed(String name) {
    Class<?> type = factory.getType(name, false);
    return type != null && allowed(type);
  }

  /** The one rule for what a model may use: a delegate, a listener or {@link ModelFunctions}, in this application. */
  static boolean allowed(Class<?> type) {
    Class<?> user = ClassUtils.getUserClass(type);
    return user.getName().startsWith(PACKAGE + ".")
        && (DELEGATE_TYPES.stream().anyMatch(delegate -> delegate.isAssignableFrom(user))
            || AnnotatedElementUtils.hasAnnotation(user, ModelFunctions.class));
  }

  /**
   * The same allow-list without starting the application: the component classes of this application
   * on the class path, by the bean names component scanning gives them. For the model check process
   * owners run without a database ({@link ModelCheckCommand}).
   */
  static Set<String> scan(ClassLoader classLoader) {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(true);
    scanner.setResourceLoader(new DefaultResourceLoader(classLoader));
    BeanDefinitionRegistry registry = new SimpleBeanDefinitionRegistry();
    SortedSet<String> names = new TreeSet<>();
    for (BeanDefinition candidate : scanner.findCandidateComponents(PACKAGE)) {
      Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), classLoader);
      if (allowed(type)) {
        names.add(AnnotationBeanNameGenerator.INSTANCE.generateBeanName(candidate, registry));
      }
    }
    return Collections.unmodifiableSortedSet(names);
  }

  /** The allowed beans by name, fetched from the application context when an expression uses one. */
  Map<Object, Object> asMap() {
    return new AbstractMap<>() {
      @Override
      public boolean containsKey(Object key) {
        return names.contains(key);
      }

      @Override
      public Object get(Object key) {
        return names.contains(key) ? factory.getBean((String) key) : null;
      }

      @Override
      public Set<Entry<Object, Object>> entrySet() {
        return names.stream().map(name -> Map.entry((Object) name, factory.getBean(name)))
            .collect(Collectors.toUnmodifiableSet());
      }
    };
  }
}
