//! Selector lookup: which field or method a name finds in a type, through
//! embedded fields (the spec's selector and method-set rules).

use super::{Info, Method, Step, Type, TypeId};

/// What a selector's name finds in a type.
pub enum Lookup {
    Field(Vec<Step>, TypeId),
    /// A method, found on the embedded field at the path; whether that
    /// field's type is a pointer.
    Method(Vec<Step>, Method, bool),
    /// A method of the interface the embedded field at the path holds (an
    /// empty path: of the interface value itself), with its signature.
    IfaceMethod(Vec<Step>, TypeId),
    Ambiguous,
    None,
}

impl Info {
    /// Finds field or method `name` of a value of type `ty`: at the
    /// shallowest depth of embedding where it exists, exactly once (the
    /// spec's selector rule).
    pub fn lookup_member(&self, ty: TypeId, name: &str) -> Lookup {
        let t = &self.types;
        // Blank fields and methods cannot be referred to.
        if name == "_" {
            return Lookup::None;
        }
        // A type parameter has its constraint's methods, and no fields
        // even when its type set's types share some.
        if t.type_param(ty).is_some() {
            return match t.methods_of_type_param(ty).iter().find(|(n, _)| n == name) {
                Some(&(_, sig)) => Lookup::IfaceMethod(Vec::new(), sig),
                None => Lookup::None,
            };
        }
        let Type::Pointer(pointee) = *t.get(t.underlying(ty)) else {
            return self.lookup_in(ty, name);
        };
        // A pointer to a pointer selects nothing; a defined pointer type
        // (`type PS *S`) has no methods, though its values still select
        // the fields of what they point to.
        if matches!(t.get(t.underlying(pointee)), Type::Pointer(_)) {
            return Lookup::None;
        }
        match self.lookup_in(ty, name) {
            Lookup::Method(..) | Lookup::IfaceMethod(..)
                if matches!(t.get(ty), Type::Named(..)) =>
            {
                Lookup::None
            }
            found => found,
        }
    }

    /// [`Self::lookup_member`] through one pointer.
    fn lookup_in(&self, ty: TypeId, name: &str) -> Lookup {
        let t = &self.types;
        // (type, path to it) of the values searched at this depth.
        let mut level: Vec<(TypeId, Vec<Step>)> = vec![(ty, Vec::new())];
        let mut seen: Vec<TypeId> = Vec::new();
        while !level.is_empty() {
            let mut found: Vec<Lookup> = Vec::new();
            let mut next = Vec::new();
            for (ty, path) in level {
                let (base, is_ptr) = match *t.get(t.underlying(ty)) {
                    Type::Pointer(p) => (p, true),
                    _ => (ty, false),
                };
                if seen.contains(&base) {
                    continue;
                }
                seen.push(base);
                if let Some(m) = self.methods.get(&(t.canon(base), name.to_string())) {
                    found.push(Lookup::Method(path.clone(), m.clone(), is_ptr));
                }
                // A pointer to an interface has no methods.
                if !is_ptr
                    && let Type::Interface(ms) = t.get(t.underlying(base))
                    && let Some(&(_, sig)) = ms.iter().find(|(n, _)| n == name)
                {
                    found.push(Lookup::IfaceMethod(path.clone(), sig));
                }
                if let Some(fields) = t.struct_fields(base, false)
                    && t.type_param(base).is_none()
                {
                    for (index, f) in fields.iter().enumerate() {
                        let mut p = path.clone();
                        p.push(Step {
                            index,
                            deref: is_ptr,
                        });
                        if f.name == name {
                            found.push(Lookup::Field(p.clone(), f.ty));
                        }
                        if f.embedded {
                            next.push((f.ty, p));
                        }
                    }
                }
            }
            match found.len() {
                0 => level = next,
                1 => return found.pop().expect("one"),
                _ => return Lookup::Ambiguous,
            }
        }
        Lookup::None
    }
}
