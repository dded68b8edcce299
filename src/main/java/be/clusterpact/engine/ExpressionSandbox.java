package be.clusterpact.engine;

import java.beans.FeatureDescriptor;
import java.lang.reflect.AccessibleObject;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.ReadOnlyMapELResolver;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELException;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.ApplicationContext;

/**
 * Defence in depth behind {@link ModelCheck}: the engine's expressions resolve only the allowed beans
 * (not the application context) and cannot touch the engine, the execution or task object (beyond
 * {@code execution.processBusinessKey} and {@code processInstanceId}), classes, class loaders or
 * reflection, whatever a model says. A refused step fails the expression with an error.
 */
final class ExpressionSandbox extends ELResolver {

  private static final List<Class<?>> UNREACHABLE = List.of(VariableScope.class, ProcessEngineServices.class,
      ProcessEngine.class, ProcessEngineConfiguration.class, CommandContext.class, Class.class, ClassLoader.class,
      AccessibleObject.class, Module.class, Thread.class, Runtime.class, ProcessBuilder.class, BeanFactory.class,
      ApplicationContext.class);
  private static final Set<String> UNCALLABLE = Set.of("getClass", "class", "classLoader", "getClassLoader",
      "forName", "loadClass", "newInstance", "invoke", "exec", "getRuntime", "getMethod", "getDeclaredMethod",
      "getMethods", "getDeclaredMethods", "getField", "getDeclaredField", "getConstructor", "getDeclaredConstructor",
      "wait", "notify", "notifyAll");

  /** The engine's expression manager with the sandbox in front and only the allowed beans. */
  static JuelExpressionManager expressionManager(Map<Object, Object> beans) {
    return new JuelExpressionManager(beans) {
      @Override
      protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new ExpressionSandbox());
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new ReadOnlyMapELResolver(beans));
        resolver.add(new ArrayELResolver());
        resolver.add(new ListELResolver());
        resolver.add(new MapELResolver());
        resolver.add(new BeanELResolver());
        return resolver;
      }
    };
  }

  private static void check(Object base, Object member, boolean call) {
    if (base == null) {
      return;
    }
    String name = String.valueOf(member);
    boolean executionProperty = !call && base instanceof DelegateExecution
        && ModelExpressions.EXECUTION_PROPERTIES.contains(name);
    if (UNCALLABLE.contains(name) || !executionProperty && UNREACHABLE.stream().anyMatch(t -> t.isInstance(base))) {
      throw new ELException("'" + name + "' of " + base.getClass().getSimpleName()
          + " is not reachable from a model expression");
    }
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    check(base, property, false);
    return null;
  }

  @Override
  public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
    check(base, method, true);
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    check(base, property, false);
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    check(base, property, true);
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    check(base, property, false);
    return false;
  }

  @Override
  public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
    return null;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
