package org.cocreate.spaces.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocreate.shared.Errors;
import org.cocreate.spaces.Capability;
import org.cocreate.spaces.SpaceSummary;
import org.jspecify.annotations.Nullable;

/**
 * The forms for the settings of a space's capabilities, built from their typed settings: one
 * field per record component, a number input for whole numbers, a check box for yes/no, text
 * otherwise. What a member typed is shown again, with each field's message, when it was refused.
 */
final class CapabilitySettingsForms {

	/** One field of a settings form. */
	record Field(String name, String labelKey, String inputType, String value) {
	}

	/** The form of one capability's settings. */
	record Form(String capability, String nameKey, String action, List<Field> fields, List<Errors.Error> errors) {
	}

	private CapabilitySettingsForms() {
	}

	/**
	 * The forms of the capabilities switched on in the space; {@code typed} and {@code errors}
	 * belong to the capability {@code refused} when a change was refused.
	 */
	static List<Form> of(List<Capability> installed, SpaceSummary space, @Nullable String refused,
			Map<String, String> typed, List<Errors.Error> errors) {
		var forms = new ArrayList<Form>();
		for (Capability capability : installed) {
			capability.settings().ifPresent(settings -> {
				boolean wasRefused = capability.id().equals(refused);
				Record current = settings.of(space.id());
				var fields = new ArrayList<Field>();
				for (RecordComponent component : current.getClass().getRecordComponents()) {
					String name = component.getName();
					String value = wasRefused ? typed.getOrDefault(name, "") : String.valueOf(read(component, current));
					fields.add(new Field(name, "capability." + capability.id() + ".setting." + name, inputType(component.getType()),
							value));
				}
				forms.add(new Form(capability.id(), capability.nameKey(), "/s/" + space.slug() + "/settings/" + capability.id(),
						fields, wasRefused ? errors : List.of()));
			});
		}
		return forms;
	}

	private static String inputType(Class<?> type) {
		if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
			return "number";
		}
		return type == boolean.class || type == Boolean.class ? "checkbox" : "text";
	}

	private static @Nullable Object read(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Settings records have public accessors: " + component, ex);
		}
	}
}
