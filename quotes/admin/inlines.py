"""Inline rows written through services, one row at a time."""


def save_rows(formset, *, save, delete) -> None:
    """Write an inline formset's rows through services: `save(instance, form)` for a
    new or changed row, `delete(instance)` for a row marked for deletion. Leaves what
    formset.save() would, for the admin's change message."""
    formset.new_objects, formset.changed_objects, formset.deleted_objects = [], [], []
    for form in formset.forms:
        instance = form.instance
        if form in formset.deleted_forms:
            if instance.pk is not None:
                delete(instance)
                formset.deleted_objects.append(instance)
        elif form.has_changed():
            new = instance.pk is None
            save(instance, form)
            if new:
                formset.new_objects.append(instance)
            else:
                formset.changed_objects.append((instance, form.changed_data))
