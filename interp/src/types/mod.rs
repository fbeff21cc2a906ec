//! The type checker: Go's static semantics, with Go's error messages.
//!
//! [`check`] walks a parsed file and produces an [`Info`]: the type (and
//! constant value) of every expression, the object every identifier
//! denotes, and which variables closures capture. The compiler trusts it.

mod bigfloat;
mod branches;
mod check;
pub mod constant;
mod cycles;
mod expr;
mod generics;
mod lookup;
pub mod packages;
mod rangefunc;
mod std_positions;
mod stmt;

use grammar::ast::ChanDir;

use crate::bytecode::Access;
use std::collections::HashMap;

pub use check::session::{InputKind, Pending, SessionState};
pub use check::{ErrorLimit, check, check_after};
pub use constant::Const;
pub use lookup::Lookup;
pub use packages::std_packages;

/// Where the span space past the program's files starts (see
/// [`Info::offset`]).
pub const SPAN_BASE: u32 = 1 << 31;

/// Identifies a type in a [`TypeTable`].
pub type TypeId = u32;

/// Types known to every program, at fixed ids.
pub mod ids {
    use super::TypeId;
    pub const INVALID: TypeId = 0;
    pub const BOOL: TypeId = 1;
    pub const INT: TypeId = 2;
    pub const STRING: TypeId = 3;
    pub const UNTYPED_BOOL: TypeId = 4;
    pub const UNTYPED_INT: TypeId = 5;
    pub const UNTYPED_RUNE: TypeId = 6;
    pub const UNTYPED_FLOAT: TypeId = 7;
    pub const UNTYPED_STRING: TypeId = 8;
    pub const UNTYPED_NIL: TypeId = 9;
    /// `interface{}`, the empty interface (`any` is [`ANY_ALIAS`]).
    pub const ANY: TypeId = 10;
    /// The predeclared `error` interface.
    pub const ERROR: TypeId = 11;
    /// The empty tuple: what a call without results produces.
    pub const VOID: TypeId = 12;
    // 13 and 14 are the signature and interface behind `error`.
    pub const INT8: TypeId = 15;
    pub const INT16: TypeId = 16;
    /// `int32`, also spelled `rune` ([`RUNE`]).
    pub const INT32: TypeId = 17;
    pub const INT64: TypeId = 18;
    pub const UINT: TypeId = 19;
    /// `uint8`, also spelled `byte` ([`BYTE`]).
    pub const UINT8: TypeId = 20;
    pub const UINT16: TypeId = 21;
    pub const UINT32: TypeId = 22;
    pub const UINT64: TypeId = 23;
    pub const UINTPTR: TypeId = 24;
    pub const FLOAT32: TypeId = 25;
    pub const FLOAT64: TypeId = 26;
    pub const COMPLEX64: TypeId = 27;
    pub const COMPLEX128: TypeId = 28;
    pub const UNTYPED_COMPLEX: TypeId = 29;
    /// `byte`: `uint8` as the source spells it (see [`super::TypeTable::canon`]).
    pub const BYTE: TypeId = 30;
    /// `rune`: `int32` as the source spells it.
    pub const RUNE: TypeId = 31;
    /// `any`: `interface{}` as the source spells it.
    pub const ANY_ALIAS: TypeId = 32;
    /// The last type every program has; higher ids are the program's own.
    pub const LAST_PREDECLARED: TypeId = ANY_ALIAS;
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
    UntypedComplex,
    /// `unsafe.Pointer`: a pointer to anything, convertible to and from
    /// every pointer type and `uintptr`.
    UnsafePointer,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Signature {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T`, held as a slice type.
    pub variadic: bool,
    /// The parameters' and the results' names as declared, each empty
    /// when the list names none: only messages show them, the canonical
    /// form has none, so they take no part in identity.
    pub names: (Vec<String>, Vec<String>),
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    Invalid,
    Basic(Basic),
    Func(Signature),
    Tuple(Vec<TypeId>),
    /// An interface with its methods (name, signature), sorted by name.
    Interface(Vec<(String, TypeId)>),
    Slice(TypeId),
    /// A struct: its fields in order.
    Struct(Vec<Field>),
    /// `[N]T`: its length and element type.
    Array(u64, TypeId),
    /// `map[K]V`.
    Map(TypeId, TypeId),
    /// `*T`.
    Pointer(TypeId),
    /// `chan T`, `chan<- T` or `<-chan T`.
    Chan(ChanDir, TypeId),
    /// A defined type: its name (as messages print it) and underlying type.
    /// Each declaration makes a distinct one, so these are never interned.
    Named(String, TypeId),
    /// An interface that only constrains type parameters: its methods
    /// (sorted by name), its type set's terms (`~T` when `tilde`; `None`
    /// when it lists no types), and whether it embeds `comparable`.
    Constraint {
        methods: Vec<(String, TypeId)>,
        terms: Option<Vec<Term>>,
        comparable: bool,
    },
    /// A type parameter as its generic declaration's body sees it: its
    /// name and its constraint (an interface or a `Constraint`). Each is
    /// a type of its own, as a defined type is.
    TypeParam(String, TypeId),
}

/// A term of a type set: `T`, or every type whose underlying type is `T`
/// (`~T`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

/// A struct field.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Field {
    pub name: String,
    pub ty: TypeId,
    /// Declared without a name (`struct { T }`).
    pub embedded: bool,
    /// The tag's value: struct types differ by their tags, except for
    /// conversions.
    pub tag: String,
}

impl Field {
    /// The field as a struct type's text shows it, with `ty` the name of
    /// its type: `name T`, or `T` embedded, then the tag quoted as Go
    /// quotes it.
    pub fn decl(&self, ty: String) -> String {
        let mut text = if self.embedded {
            ty
        } else {
            format!("{} {ty}", self.name)
        };
        if !self.tag.is_empty() {
            let mut quoted = Vec::new();
            crate::runtime::fmt::quote::quote(
                &mut quoted,
                self.tag.as_bytes(),
                crate::runtime::fmt::quote::Keep::Printable,
            );
            text.push(' ');
            text.push_str(&String::from_utf8_lossy(&quoted));
        }
        text
    }
}

/// All types of a program, interned: equal types have equal ids.
///
/// An alias (`byte`, `rune`, `type A = []int`) has an id of its own, so that
/// messages name a type as the source spelled it, as Go's do: its entry is a
/// copy of the aliased type's, and types built from it (`[]byte`) are
/// distinct entries too. Such types are identical to their canonical forms
/// (the same types spelled without aliases): compare types with
/// [`TypeTable::identical`], never by id, in the checker. The checker's
/// output holds canonical ids only ([`Info::canonicalize`]), so the
/// compiler and runtime never see an alias.
#[derive(Clone, Debug)]
pub struct TypeTable {
    types: Vec<Type>,
    index: HashMap<Type, TypeId>,
    /// The canonical form of each type, by id.
    canon: Vec<TypeId>,
    /// Each alias's name and the type it denotes (which may itself be
    /// spelled with aliases).
    aliases: HashMap<TypeId, (String, TypeId)>,
    /// Instances of generic types: the generic type's name and the type
    /// arguments.
    instances: HashMap<TypeId, (String, Vec<TypeId>)>,
}

impl Default for TypeTable {
    fn default() -> Self {
        use Basic::*;
        // In the order of `ids`; `error` refers forward to its interface.
        let types = vec![
            Type::Invalid,
            Type::Basic(Bool),
            Type::Basic(Int),
            Type::Basic(String),
            Type::Basic(UntypedBool),
            Type::Basic(UntypedInt),
            Type::Basic(UntypedRune),
            Type::Basic(UntypedFloat),
            Type::Basic(UntypedString),
            Type::Basic(UntypedNil),
            Type::Interface(Vec::new()),
            Type::Named("error".into(), ids::VOID + 2),
            Type::Tuple(Vec::new()),
            Type::Func(Signature {
                params: vec![],
                results: vec![ids::STRING],
                variadic: false,
                names: Default::default(),
            }),
            Type::Interface(vec![("Error".into(), ids::VOID + 1)]),
            Type::Basic(Int8),
            Type::Basic(Int16),
            Type::Basic(Int32),
            Type::Basic(Int64),
            Type::Basic(Uint),
            Type::Basic(Uint8),
            Type::Basic(Uint16),
            Type::Basic(Uint32),
            Type::Basic(Uint64),
            Type::Basic(Uintptr),
            Type::Basic(Float32),
            Type::Basic(Float64),
            Type::Basic(Complex64),
            Type::Basic(Complex128),
            Type::Basic(UntypedComplex),
        ];
        let index = types
            .iter()
            .enumerate()
            .map(|(i, t)| (t.clone(), i as TypeId))
            .collect();
        let canon = (0..types.len() as TypeId).collect();
        let mut table = TypeTable {
            types,
            index,
            canon,
            aliases: HashMap::new(),
            instances: HashMap::new(),
        };
        for (id, name, of) in [
            (ids::BYTE, "byte", ids::UINT8),
            (ids::RUNE, "rune", ids::INT32),
            (ids::ANY_ALIAS, "any", ids::ANY),
        ] {
            let alias = table.new_alias(name, of);
            debug_assert_eq!(alias, id);
        }
        table
    }
}

impl TypeTable {
    /// A new defined type named `name`, its underlying type set later (it
    /// may refer to itself through pointers).
    pub fn new_named(&mut self, name: &str) -> TypeId {
        let id = self.types.len() as TypeId;
        self.types.push(Type::Named(name.into(), ids::INVALID));
        self.canon.push(id);
        id
    }

    /// A new type parameter named `name`, its constraint set later (it may
    /// refer to the other type parameters of its declaration).
    pub fn new_type_param(&mut self, name: &str) -> TypeId {
        let id = self.types.len() as TypeId;
        self.types.push(Type::TypeParam(name.into(), ids::INVALID));
        self.canon.push(id);
        id
    }

    /// Sets the constraint of type parameter `tp`.
    pub fn set_constraint(&mut self, tp: TypeId, c: TypeId) {
        if let Type::TypeParam(_, slot) = &mut self.types[tp as usize] {
            *slot = c;
        }
    }

    /// The constraint of `id` if it is a type parameter.
    pub fn type_param(&self, id: TypeId) -> Option<TypeId> {
        match self.get(id) {
            &Type::TypeParam(_, c) => Some(c),
            _ => None,
        }
    }

    /// The methods of type parameter `id` (its constraint's); none for a
    /// type that is no type parameter.
    pub fn methods_of_type_param(&self, id: TypeId) -> &[(String, TypeId)] {
        match self.type_param(id).map(|c| self.get(self.underlying(c))) {
            Some(Type::Interface(ms) | Type::Constraint { methods: ms, .. }) => ms,
            _ => &[],
        }
    }

    /// The terms of type parameter `id`'s type set, `None` when its
    /// constraint lists no types (any type with its methods).
    pub fn terms(&self, id: TypeId) -> Option<&[Term]> {
        match self.get(self.underlying(self.type_param(id)?)) {
            Type::Constraint {
                terms: Some(ts), ..
            } => Some(ts),
            _ => None,
        }
    }

    /// Whether every type of `id`'s type set has `p` (a type parameter
    /// whose constraint lists no types has none that is known to); for a
    /// type that is no type parameter, whether it has `p`.
    pub fn all_terms(&self, id: TypeId, p: impl Fn(TypeId) -> bool) -> bool {
        match self.type_param(id) {
            None => p(id),
            Some(_) => self
                .terms(id)
                .is_some_and(|ts| !ts.is_empty() && ts.iter().all(|t| p(t.ty))),
        }
    }

    /// Go's core type: the underlying type of a type that is no type
    /// parameter; for one, the underlying type all its terms share, if
    /// they share one.
    pub fn core_type(&self, id: TypeId) -> Option<TypeId> {
        if self.type_param(id).is_none() {
            return Some(self.underlying(id));
        }
        self.common_over_terms(id, |t| Some(self.underlying(t)))
    }

    /// The type `f` gives each type of type parameter `id`'s type set,
    /// when it gives them all one (the underlying type they share, the
    /// element type they index to, the key type of their maps).
    pub fn common_over_terms(
        &self,
        id: TypeId,
        f: impl Fn(TypeId) -> Option<TypeId>,
    ) -> Option<TypeId> {
        let ts = self.terms(id)?;
        let first = f(ts.first()?.ty)?;
        ts.iter()
            .all(|t| f(t.ty).is_some_and(|u| self.identical(u, first)))
            .then_some(first)
    }

    /// Whether the size of `id` depends on a type parameter (Go's
    /// `hasVarSize`): `unsafe.Sizeof` of it is no constant.
    pub fn has_var_size(&self, id: TypeId) -> bool {
        match self.get(id) {
            Type::TypeParam(..) => true,
            &Type::Named(_, u) if u != id => self.has_var_size(u),
            &Type::Array(_, e) => self.has_var_size(e),
            Type::Struct(fs) => fs.iter().any(|f| self.has_var_size(f.ty)),
            _ => false,
        }
    }

    /// Whether `id` is made with a type parameter (`T`, `[]T`,
    /// `List[T]`, a struct with a field of type `T`).
    pub fn mentions_type_param(&self, id: TypeId) -> bool {
        self.mentions_type_param_in(id, &mut Vec::new())
    }

    /// [`TypeTable::mentions_type_param`], with `seen` the defined types
    /// already walked (they may refer to themselves).
    fn mentions_type_param_in(&self, id: TypeId, seen: &mut Vec<TypeId>) -> bool {
        let parts: Vec<TypeId> = match self.get(id) {
            Type::TypeParam(..) => return true,
            Type::Invalid | Type::Basic(_) => return false,
            Type::Named(_, u) => {
                if seen.contains(&id) {
                    return false;
                }
                seen.push(id);
                let args = self
                    .instance(id)
                    .map(|(_, a)| a.clone())
                    .unwrap_or_default();
                args.into_iter().chain([*u]).collect()
            }
            Type::Func(s) => s.params.iter().chain(&s.results).copied().collect(),
            Type::Tuple(ts) => ts.clone(),
            Type::Interface(ms) => ms.iter().map(|m| m.1).collect(),
            Type::Constraint { methods, terms, .. } => (methods.iter().map(|m| m.1))
                .chain(terms.iter().flatten().map(|t| t.ty))
                .collect(),
            Type::Struct(fs) => fs.iter().map(|f| f.ty).collect(),
            &Type::Slice(e) | &Type::Array(_, e) | &Type::Pointer(e) | &Type::Chan(_, e) => {
                vec![e]
            }
            &Type::Map(k, v) => vec![k, v],
        };
        parts
            .into_iter()
            .any(|t| self.mentions_type_param_in(t, seen))
    }

    /// `type name = of`: a type identical to `of` that messages call
    /// `name`. An alias of a defined type is a copy of it that
    /// [`TypeTable::set_underlying`] keeps up to date; whatever keys on a
    /// defined type (methods, instances) keys on its canonical id.
    pub fn new_alias(&mut self, name: &str, of: TypeId) -> TypeId {
        if of == ids::INVALID {
            return of;
        }
        let id = self.types.len() as TypeId;
        self.types.push(self.get(of).clone());
        self.canon.push(self.canon(of));
        self.aliases.insert(id, (name.into(), of));
        id
    }

    /// `id` without the program's aliases at its top (Go's `Unalias`):
    /// `Node` for `type Link = Node`, `[]byte` for `type B = []byte`, and
    /// `byte` itself, which Go's checker holds as a basic type.
    pub fn unalias(&self, id: TypeId) -> TypeId {
        let mut id = id;
        while id > ids::LAST_PREDECLARED
            && let Some(&(_, of)) = self.aliases.get(&id)
        {
            id = of;
        }
        id
    }

    /// The type spelled without aliases that `id` is identical to: what
    /// the compiler and runtime know it as.
    pub fn canon(&self, id: TypeId) -> TypeId {
        self.canon[id as usize]
    }

    /// Go's type identity: `[]byte` and `[]uint8` are identical.
    pub fn identical(&self, a: TypeId, b: TypeId) -> bool {
        self.canon(a) == self.canon(b)
    }

    /// A new defined type, the instance of generic type `base` for `args`
    /// (named `base[args]` as messages print it), its underlying type set
    /// later.
    pub fn new_instance(&mut self, base: &str, args: Vec<TypeId>) -> TypeId {
        let names: Vec<String> = args.iter().map(|&t| self.name(t)).collect();
        let id = self.new_named(&format!("{base}[{}]", names.join(", ")));
        self.instances.insert(id, (base.to_string(), args));
        id
    }

    /// The generic type and type arguments `id` is an instance of.
    pub fn instance(&self, id: TypeId) -> Option<&(String, Vec<TypeId>)> {
        self.instances.get(&self.canon(id))
    }

    /// Sets the underlying type of a defined type (the underlying type of
    /// `u`, since defined types have no defined underlying types).
    pub fn set_underlying(&mut self, named: TypeId, u: TypeId) {
        // A defined type still being declared (`type T2 T1` inside T1's
        // declaration) has no underlying type yet: refer to it, and
        // `underlying` follows the link once it has one.
        let u = match self.underlying(u) {
            ids::INVALID if matches!(self.get(u), Type::Named(..)) => u,
            under => under,
        };
        if let Type::Named(_, slot) = &mut self.types[named as usize] {
            *slot = u;
        }
        let copies: Vec<TypeId> = (self.aliases.keys().copied())
            .filter(|&a| a != named && self.canon(a) == named)
            .collect();
        for a in copies {
            self.types[a as usize] = self.types[named as usize].clone();
        }
    }

    /// Replaces every defined type's underlying type and every instance's
    /// type arguments by their canonical forms: what the compiler sees.
    /// Returns the underlying types replaced, by defined type.
    fn canonicalize(&mut self) -> Vec<(TypeId, TypeId)> {
        let mut replaced = Vec::new();
        for id in 0..self.types.len() {
            if let Type::Named(_, u) = self.types[id] {
                let c = self.canon(u);
                if c != u {
                    replaced.push((id as TypeId, u));
                    self.set_underlying(id as TypeId, c);
                }
            }
        }
        let canon = &self.canon;
        for (_, args) in self.instances.values_mut() {
            for a in args {
                *a = canon[*a as usize];
            }
        }
        replaced
    }

    /// The fields of a struct type (or of the struct a pointer points to,
    /// when `through_pointer`).
    pub fn struct_fields(&self, id: TypeId, through_pointer: bool) -> Option<&[Field]> {
        match self.get(self.underlying(id)) {
            Type::Struct(fs) => Some(fs),
            Type::Pointer(p) if through_pointer => self.struct_fields(*p, false),
            _ => None,
        }
    }

    /// Byte offset of field `index` within struct type `id`, in Go's
    /// layout (which memory and frame slots share).
    pub fn field_offset(&self, id: TypeId, index: usize) -> u32 {
        let fields = self.struct_fields(id, false).expect("a struct type");
        let tys: Vec<TypeId> = fields.iter().map(|f| f.ty).collect();
        let (offsets, _, _) = self.go_struct_layout(&tys);
        u32::try_from(offsets[index]).unwrap_or(u32::MAX)
    }

    /// How a value of the type moves between memory and slots.
    pub fn access(&self, id: TypeId) -> Access {
        use crate::bytecode::Scalar;
        let scalar = match self.get(self.underlying(id)) {
            Type::Basic(Basic::Bool | Basic::UntypedBool) => Some(Scalar::U8),
            Type::Basic(Basic::Float32) => Some(Scalar::F32),
            Type::Basic(Basic::Complex64) => Some(Scalar::C64),
            _ => match self.int_info(id) {
                Some((8, true)) => Some(Scalar::I8),
                Some((8, false)) => Some(Scalar::U8),
                Some((16, true)) => Some(Scalar::I16),
                Some((16, false)) => Some(Scalar::U16),
                Some((32, true)) => Some(Scalar::I32),
                Some((32, false)) => Some(Scalar::U32),
                _ => None,
            },
        };
        if let Some(k) = scalar {
            return Access::scalar(k);
        }
        let size = self.go_layout(id).0;
        let clamp = |n: u64| u32::try_from(n).unwrap_or(u32::MAX).min(Access::MAX);
        if size.is_multiple_of(8) {
            Access::words(clamp(size / 8))
        } else {
            Access::bytes(clamp(size))
        }
    }

    /// Every type id, in order.
    pub fn ids(&self) -> impl Iterator<Item = TypeId> + use<> {
        0..self.types.len() as TypeId
    }

    /// The id of `ty` if some part of the program uses it.
    pub fn intern_lookup(&self, ty: &Type) -> Option<TypeId> {
        self.index.get(ty).copied()
    }

    /// The id of `ty`, adding it on first use.
    pub fn intern(&mut self, ty: Type) -> TypeId {
        if let Some(&id) = self.index.get(&ty) {
            return id;
        }
        let id = self.types.len() as TypeId;
        self.types.push(ty.clone());
        self.canon.push(id);
        let canonical = self.canonical_form(&ty);
        self.index.insert(ty, id);
        if let Some(c) = canonical {
            self.canon[id as usize] = self.intern(c);
        }
        id
    }

    /// `ty` with its parts replaced by their canonical forms, if that
    /// changes it.
    fn canonical_form(&self, ty: &Type) -> Option<Type> {
        let c = |t: TypeId| self.canon(t);
        let sig = |s: &Signature| Signature {
            params: s.params.iter().map(|&t| c(t)).collect(),
            results: s.results.iter().map(|&t| c(t)).collect(),
            variadic: s.variadic,
            names: Default::default(),
        };
        let methods =
            |ms: &[(String, TypeId)]| ms.iter().map(|(n, t)| (n.clone(), c(*t))).collect();
        let canonical = match ty {
            Type::Invalid | Type::Basic(_) | Type::Named(..) | Type::TypeParam(..) => return None,
            Type::Func(s) => Type::Func(sig(s)),
            Type::Tuple(ts) => Type::Tuple(ts.iter().map(|&t| c(t)).collect()),
            Type::Interface(ms) => Type::Interface(methods(ms)),
            &Type::Slice(e) => Type::Slice(c(e)),
            Type::Struct(fs) => Type::Struct(
                fs.iter()
                    .map(|f| Field {
                        ty: c(f.ty),
                        ..f.clone()
                    })
                    .collect(),
            ),
            &Type::Array(n, e) => Type::Array(n, c(e)),
            &Type::Map(k, v) => Type::Map(c(k), c(v)),
            &Type::Pointer(e) => Type::Pointer(c(e)),
            &Type::Chan(d, e) => Type::Chan(d, c(e)),
            Type::Constraint {
                methods: ms,
                terms,
                comparable,
            } => Type::Constraint {
                methods: methods(ms),
                terms: terms.as_ref().map(|ts| {
                    ts.iter()
                        .map(|t| Term {
                            tilde: t.tilde,
                            ty: c(t.ty),
                        })
                        .collect()
                }),
                comparable: *comparable,
            },
        };
        (canonical != *ty).then_some(canonical)
    }

    pub fn get(&self, id: TypeId) -> &Type {
        &self.types[id as usize]
    }

    /// Whether `a` and `b` are identical once struct tags are ignored, at
    /// any depth (Go's rule for conversions).
    pub fn identical_ignoring_tags(&self, a: TypeId, b: TypeId) -> bool {
        if self.identical(a, b) {
            return true;
        }
        let same = |x: TypeId, y: TypeId| self.identical_ignoring_tags(x, y);
        match (self.get(a), self.get(b)) {
            (Type::Struct(fa), Type::Struct(fb)) => {
                fa.len() == fb.len()
                    && fa.iter().zip(fb).all(|(x, y)| {
                        x.name == y.name && x.embedded == y.embedded && same(x.ty, y.ty)
                    })
            }
            (&Type::Pointer(x), &Type::Pointer(y)) | (&Type::Slice(x), &Type::Slice(y)) => {
                same(x, y)
            }
            (&Type::Array(n, x), &Type::Array(m, y)) => n == m && same(x, y),
            (&Type::Map(k1, v1), &Type::Map(k2, v2)) => same(k1, k2) && same(v1, v2),
            (&Type::Chan(d1, x), &Type::Chan(d2, y)) => d1 == d2 && same(x, y),
            (Type::Func(f), Type::Func(g)) => {
                f.variadic == g.variadic
                    && f.params.len() == g.params.len()
                    && f.results.len() == g.results.len()
                    && (f.params.iter().zip(&g.params))
                        .chain(f.results.iter().zip(&g.results))
                        .all(|(&x, &y)| same(x, y))
            }
            _ => false,
        }
    }

    /// The underlying type: a defined type's definition, a type
    /// parameter's core type if it has one, else the type itself.
    pub fn underlying(&self, id: TypeId) -> TypeId {
        // `type B A` may have been given `A` itself while `A` was still
        // being declared: follow the chain. An alias's underlying type is
        // that of the type it denotes; a canonical type is no alias (the
        // compiler's types are all canonical).
        let mut id = id;
        for _ in 0..64 {
            match self.get(id) {
                Type::Named(_, u) if *u != id => id = *u,
                // What operations see of a type parameter: its core type,
                // as Go's checker asks for one where it needs a single
                // underlying type (indexing, ranging, calling, literals).
                Type::TypeParam(..) => return self.core_type(id).unwrap_or(id),
                _ if self.canon(id) == id => return id,
                _ => match self.aliases.get(&id) {
                    Some(&(_, of)) => id = of,
                    None => return id,
                },
            }
        }
        id
    }

    pub fn func(&mut self, params: Vec<TypeId>, results: Vec<TypeId>, variadic: bool) -> TypeId {
        self.intern(Type::Func(Signature {
            params,
            results,
            variadic,
            names: Default::default(),
        }))
    }

    pub fn signature(&self, id: TypeId) -> Option<&Signature> {
        match self.get(self.underlying(id)) {
            Type::Func(sig) => Some(sig),
            _ => None,
        }
    }

    pub fn is_untyped(&self, id: TypeId) -> bool {
        (ids::UNTYPED_BOOL..=ids::UNTYPED_NIL).contains(&id) || id == ids::UNTYPED_COMPLEX
    }

    /// Of two untyped numeric kinds, the one later in int, rune, float,
    /// complex: what mixing them in an operation gives.
    pub fn larger_untyped(&self, a: TypeId, b: TypeId) -> TypeId {
        let rank = |t| match t {
            ids::UNTYPED_INT => 0,
            ids::UNTYPED_RUNE => 1,
            ids::UNTYPED_FLOAT => 2,
            ids::UNTYPED_COMPLEX => 3,
            _ => -1,
        };
        if rank(b) > rank(a) { b } else { a }
    }

    pub fn is_interface(&self, id: TypeId) -> bool {
        matches!(self.get(self.underlying(id)), Type::Interface(_))
    }

    /// Integer types (typed or untyped).
    pub fn is_integer(&self, id: TypeId) -> bool {
        if self.type_param(id).is_some() {
            return self.all_terms(id, |t| self.is_integer(t));
        }
        self.int_info(id).is_some() || matches!(id, ids::UNTYPED_INT | ids::UNTYPED_RUNE)
    }

    /// Bits and signedness of a typed integer type.
    pub fn int_info(&self, id: TypeId) -> Option<(u32, bool)> {
        use Basic::*;
        Some(match self.get(self.underlying(id)) {
            Type::Basic(Int | Int64) => (64, true),
            Type::Basic(Int8) => (8, true),
            Type::Basic(Int16) => (16, true),
            Type::Basic(Int32) => (32, true),
            Type::Basic(Uint | Uint64 | Uintptr) => (64, false),
            Type::Basic(Uint8) => (8, false),
            Type::Basic(Uint16) => (16, false),
            Type::Basic(Uint32) => (32, false),
            _ => return None,
        })
    }

    /// Unsigned integer types.
    pub fn is_unsigned(&self, id: TypeId) -> bool {
        if self.type_param(id).is_some() {
            return self.all_terms(id, |t| self.is_unsigned(t));
        }
        self.int_info(id).is_some_and(|(_, signed)| !signed)
    }

    /// The constant `v` is representable in typed integer type `id`
    /// (true for non-integer or untyped types).
    pub fn fits(&self, v: &num_bigint::BigInt, id: TypeId) -> bool {
        let Some((bits, signed)) = self.int_info(id) else {
            return true;
        };
        let one = num_bigint::BigInt::from(1);
        let (lo, hi) = if signed {
            (-(&one << (bits - 1)), (&one << (bits - 1)) - 1)
        } else {
            (num_bigint::BigInt::from(0), (&one << bits) - 1)
        };
        *v >= lo && *v <= hi
    }

    /// The numeric constant `c` (of type `from`) as a value of type `to`:
    /// a whole number within range for integer types, rounded for float
    /// types, unchanged otherwise. The error is Go's reason: `overflows`,
    /// or `truncated` when a float constant meets an integer type.
    pub fn represent_const(
        &self,
        c: &Const,
        from: TypeId,
        to: TypeId,
    ) -> Result<Const, &'static str> {
        if !matches!(c, Const::Int(_) | Const::Float(_) | Const::Complex(..)) {
            return Ok(c.clone());
        }
        // A type parameter: the constant must fit each type of its type
        // set (whether it may take the type at all is asked elsewhere).
        if self.type_param(to).is_some() {
            for t in self.terms(to).unwrap_or_default() {
                self.represent_const(c, from, t.ty)?;
            }
            return Ok(c.clone());
        }
        // Go's reason: a non-integer constant meeting an integer type is
        // truncated; anything else that does not fit overflows.
        let reason = if !self.is_integer(from) && self.is_integer(to) {
            "truncated"
        } else {
            "overflows"
        };
        if let Some(bits) = self.complex_bits(to) {
            return constant::round_complex(c, bits / 2).ok_or("overflows");
        }
        if to == ids::UNTYPED_COMPLEX {
            return Ok(constant::to_complex(c));
        }
        // A complex constant is a real number only without an imaginary part.
        let c = match c.real_part() {
            Some(r) => r,
            None => return Err(reason),
        };
        let c = &c;
        if self.int_info(to).is_some() {
            return match c.to_int() {
                Some(i) if self.fits(&i, to) => Ok(Const::Int(i)),
                _ => Err(reason),
            };
        }
        if matches!(to, ids::UNTYPED_INT | ids::UNTYPED_RUNE) {
            return c.to_int().map(Const::Int).ok_or(reason);
        }
        match self.float_bits(to) {
            Some(bits) => constant::round_float(c, bits).ok_or("overflows"),
            None => Ok(c.clone()),
        }
    }

    pub fn is_numeric(&self, id: TypeId) -> bool {
        if self.type_param(id).is_some() {
            return self.all_terms(id, |t| self.is_numeric(t));
        }
        self.is_integer(id) || self.is_float(id) || self.is_complex(id)
    }

    /// Complex types (typed or untyped).
    pub fn is_complex(&self, id: TypeId) -> bool {
        if self.type_param(id).is_some() {
            return self.all_terms(id, |t| self.is_complex(t));
        }
        matches!(
            self.underlying(id),
            ids::COMPLEX64 | ids::COMPLEX128 | ids::UNTYPED_COMPLEX
        )
    }

    /// The bits of a typed complex type (64 or 128).
    pub fn complex_bits(&self, id: TypeId) -> Option<u32> {
        match self.underlying(id) {
            ids::COMPLEX64 => Some(64),
            ids::COMPLEX128 => Some(128),
            _ => None,
        }
    }

    /// Floating-point types (typed or untyped).
    pub fn is_float(&self, id: TypeId) -> bool {
        if self.type_param(id).is_some() {
            return self.all_terms(id, |t| self.is_float(t));
        }
        matches!(
            self.underlying(id),
            ids::FLOAT32 | ids::FLOAT64 | ids::UNTYPED_FLOAT
        )
    }

    /// The bits of a typed float type (32 or 64).
    pub fn float_bits(&self, id: TypeId) -> Option<u32> {
        match self.underlying(id) {
            ids::FLOAT32 => Some(32),
            ids::FLOAT64 => Some(64),
            _ => None,
        }
    }

    pub fn is_string(&self, id: TypeId) -> bool {
        if self.type_param(id).is_some() {
            return self.all_terms(id, |t| self.is_string(t));
        }
        matches!(self.underlying(id), ids::STRING | ids::UNTYPED_STRING)
    }

    pub fn is_boolean(&self, id: TypeId) -> bool {
        if self.type_param(id).is_some() {
            return self.all_terms(id, |t| self.is_boolean(t));
        }
        matches!(self.underlying(id), ids::BOOL | ids::UNTYPED_BOOL)
    }

    /// The type an untyped value takes when nothing else decides it.
    pub fn default_type(&self, id: TypeId) -> TypeId {
        match id {
            ids::UNTYPED_BOOL => ids::BOOL,
            ids::UNTYPED_INT => ids::INT,
            ids::UNTYPED_RUNE => ids::RUNE,
            ids::UNTYPED_FLOAT => ids::FLOAT64,
            ids::UNTYPED_COMPLEX => ids::COMPLEX128,
            ids::UNTYPED_STRING => ids::STRING,
            _ => id,
        }
    }

    /// `nil` is a value of the type: pointers, functions, slices, maps,
    /// channels and interfaces.
    pub fn has_nil(&self, id: TypeId) -> bool {
        if self.type_param(id).is_some() {
            return self.all_terms(id, |t| self.has_nil(t));
        }
        matches!(
            self.get(self.underlying(id)),
            Type::Func(_)
                | Type::Slice(_)
                | Type::Pointer(_)
                | Type::Map(..)
                | Type::Chan(..)
                | Type::Interface(_)
                | Type::Basic(Basic::UnsafePointer)
        )
    }

    /// `unsafe.Pointer`, or a type defined on it.
    pub fn is_unsafe_pointer(&self, id: TypeId) -> bool {
        matches!(
            self.get(self.underlying(id)),
            Type::Basic(Basic::UnsafePointer)
        )
    }

    /// Values of the type are comparable with `==`.
    pub fn comparable(&self, id: TypeId) -> bool {
        if let Some(c) = self.type_param(id) {
            // `comparable` in the constraint, or a type set of comparable
            // types only.
            return matches!(
                self.get(self.underlying(c)),
                Type::Constraint {
                    comparable: true,
                    ..
                }
            ) || self.all_terms(id, |t| self.comparable(t));
        }
        match self.get(self.underlying(id)) {
            Type::Func(_) | Type::Slice(_) | Type::Map(..) => false,
            Type::Struct(fs) => fs.iter().all(|f| self.comparable(f.ty)),
            &Type::Array(_, e) => self.comparable(e),
            _ => true,
        }
    }

    /// Values of the type are ordered (`<`).
    pub fn ordered(&self, id: TypeId) -> bool {
        if self.type_param(id).is_some() {
            return self.all_terms(id, |t| self.ordered(t));
        }
        (self.is_numeric(id) && !self.is_complex(id)) || self.is_string(id)
    }

    /// When a slice of type `from` converts to `to`, an array or a pointer
    /// to an array of the same element type (Go 1.17 and 1.20): the array's
    /// length and whether `to` is the pointer.
    pub fn slice_to_array(&self, from: TypeId, to: TypeId) -> Option<(u64, bool)> {
        let &Type::Slice(elem) = self.get(self.underlying(from)) else {
            return None;
        };
        let (array, pointer) = match *self.get(self.underlying(to)) {
            Type::Pointer(a) => (a, true),
            _ => (to, false),
        };
        match *self.get(self.underlying(array)) {
            Type::Array(n, e) if self.identical(e, elem) => Some((n, pointer)),
            _ => None,
        }
    }

    /// Whether `ty` is or is built of (not through a named type) an
    /// invalid type: one whose declaration failed, already reported.
    pub fn mentions_invalid(&self, ty: TypeId) -> bool {
        match self.get(ty) {
            Type::Invalid => true,
            Type::Func(sig) => sig
                .params
                .iter()
                .chain(&sig.results)
                .any(|&t| self.mentions_invalid(t)),
            Type::Tuple(ts) => ts.iter().any(|&t| self.mentions_invalid(t)),
            Type::Struct(fs) => fs.iter().any(|f| self.mentions_invalid(f.ty)),
            &Type::Slice(e) | &Type::Array(_, e) | &Type::Pointer(e) | &Type::Chan(_, e) => {
                self.mentions_invalid(e)
            }
            &Type::Map(k, v) => self.mentions_invalid(k) || self.mentions_invalid(v),
            _ => false,
        }
    }

    /// Values of the type hold pointers the collector must follow.
    pub fn has_pointers(&self, id: TypeId) -> bool {
        match self.get(self.underlying(id)) {
            Type::Basic(Basic::String | Basic::UntypedString | Basic::UnsafePointer) => true,
            Type::Basic(_) | Type::Invalid | Type::Constraint { .. } => false,
            Type::Tuple(ts) => ts.iter().any(|&t| self.has_pointers(t)),
            Type::Struct(fs) => fs.iter().any(|f| self.has_pointers(f.ty)),
            &Type::Array(n, e) => n > 0 && self.has_pointers(e),
            Type::Map(..) | Type::Chan(..) => true,
            Type::Func(_)
            | Type::Interface(_)
            | Type::Slice(_)
            | Type::Pointer(_)
            | Type::Named(..)
            | Type::TypeParam(..) => true,
        }
    }

    /// The size of a value of the type in Go (`unsafe.Sizeof` on amd64),
    /// which decides slice capacities.
    pub fn go_size(&self, id: TypeId) -> u32 {
        u32::try_from(self.go_layout(id).0).unwrap_or(u32::MAX)
    }

    /// The size and alignment of a value of the type in gc on amd64
    /// (`unsafe.Sizeof`, `unsafe.Alignof`), whatever gojit's own layout.
    pub fn go_layout(&self, id: TypeId) -> (u64, u64) {
        if let Some((bits, _)) = self.int_info(id) {
            let n = u64::from(bits / 8);
            return (n, n);
        }
        match self.get(self.underlying(id)) {
            Type::Basic(Basic::Bool | Basic::UntypedBool) => (1, 1),
            Type::Basic(Basic::Float32) => (4, 4),
            Type::Basic(Basic::Complex64) => (8, 4),
            Type::Basic(
                Basic::Complex128 | Basic::UntypedComplex | Basic::String | Basic::UntypedString,
            )
            | Type::Interface(_) => (16, 8),
            Type::Slice(_) => (24, 8),
            &Type::Array(n, e) => {
                let (size, align) = self.go_layout(e);
                (size.saturating_mul(n), align)
            }
            Type::Tuple(ts) => {
                let (_, size, align) = self.go_struct_layout(ts);
                (size, align)
            }
            Type::Struct(fs) => {
                let tys: Vec<TypeId> = fs.iter().map(|f| f.ty).collect();
                let (_, size, align) = self.go_struct_layout(&tys);
                (size, align)
            }
            _ => (8, 8),
        }
    }

    /// The offsets of fields of types `fields` in a struct as gc lays it
    /// out on amd64, the struct's size and its alignment.
    pub fn go_struct_layout(&self, fields: &[TypeId]) -> (Vec<u64>, u64, u64) {
        let round = |n: u64, a: u64| n.saturating_add(a - 1) / a * a;
        let (mut offsets, mut end, mut align) = (Vec::with_capacity(fields.len()), 0u64, 1u64);
        let mut last = (0, 0);
        for &f in fields {
            let (size, a) = self.go_layout(f);
            let at = round(end, a);
            offsets.push(at);
            end = at.saturating_add(size);
            align = align.max(a);
            last = (at, size);
        }
        // gc: the last field of a struct that is not empty has a size.
        if last.0 > 0 && last.1 == 0 {
            end += 1;
        }
        (offsets, round(end, align), align)
    }

    /// Words a value of the type occupies in frame slots.
    pub fn words(&self, id: TypeId) -> u32 {
        match self.get(self.underlying(id)) {
            Type::Basic(
                Basic::String
                | Basic::UntypedString
                | Basic::Complex64
                | Basic::Complex128
                | Basic::UntypedComplex,
            ) => 2,
            Type::Interface(_) => 2,
            Type::Slice(_) => 3,
            Type::Tuple(ts) => ts.iter().map(|&t| self.words(t)).sum(),
            // Aggregates hold their memory form: Go's bytes, a word per
            // 8 of them.
            Type::Struct(_) | Type::Array(..) => {
                u32::try_from(self.go_layout(id).0.div_ceil(8)).unwrap_or(u32::MAX)
            }
            _ => 1,
        }
    }

    /// A union as Go prints it: `~int | ~float64`.
    pub fn terms_string(&self, terms: &[Term]) -> String {
        let ts: Vec<String> = terms
            .iter()
            .map(|t| format!("{}{}", if t.tilde { "~" } else { "" }, self.name(t.ty)))
            .collect();
        ts.join(" | ")
    }

    /// Go's spelling of the type, as error messages print it.
    pub fn name(&self, id: TypeId) -> String {
        if let Some((name, _)) = self.aliases.get(&id) {
            return name.clone();
        }
        match self.get(id) {
            Type::Invalid => "invalid type".into(),
            Type::Basic(b) => match b {
                Basic::Bool => "bool",
                Basic::Int => "int",
                Basic::Int8 => "int8",
                Basic::Int16 => "int16",
                Basic::Int32 => "int32",
                Basic::Int64 => "int64",
                Basic::Uint => "uint",
                Basic::Uint8 => "uint8",
                Basic::Uint16 => "uint16",
                Basic::Uint32 => "uint32",
                Basic::Uint64 => "uint64",
                Basic::Uintptr => "uintptr",
                Basic::Float32 => "float32",
                Basic::Float64 => "float64",
                Basic::Complex64 => "complex64",
                Basic::Complex128 => "complex128",
                Basic::UntypedComplex => "untyped complex",
                Basic::UnsafePointer => "unsafe.Pointer",
                Basic::String => "string",
                Basic::UntypedBool => "untyped bool",
                Basic::UntypedInt => "untyped int",
                Basic::UntypedRune => "untyped rune",
                Basic::UntypedFloat => "untyped float",
                Basic::UntypedString => "untyped string",
                Basic::UntypedNil => "untyped nil",
            }
            .into(),
            Type::Func(sig) => format!("func{}", self.signature_string(sig)),
            Type::Tuple(ts) => {
                let parts: Vec<String> = ts.iter().map(|&t| self.name(t)).collect();
                format!("({})", parts.join(", "))
            }
            Type::Interface(ms) if ms.is_empty() => "interface{}".into(),
            Type::Interface(ms) => {
                let parts: Vec<String> = ms
                    .iter()
                    .map(|(n, s)| match self.get(*s) {
                        Type::Func(sig) => format!("{n}{}", self.signature_string(sig)),
                        _ => n.clone(),
                    })
                    .collect();
                format!("interface{{{}}}", parts.join("; "))
            }
            Type::Constraint {
                methods,
                terms,
                comparable,
            } => {
                let mut parts: Vec<String> = Vec::new();
                if *comparable {
                    parts.push("comparable".into());
                }
                parts.extend(methods.iter().map(|(n, s)| match self.get(*s) {
                    Type::Func(sig) => format!("{n}{}", self.signature_string(sig)),
                    _ => n.clone(),
                }));
                if let Some(terms) = terms {
                    parts.push(self.terms_string(terms));
                }
                format!("interface{{{}}}", parts.join("; "))
            }
            Type::Slice(e) => format!("[]{}", self.name(*e)),
            Type::Pointer(e) => format!("*{}", self.name(*e)),
            Type::Array(n, e) => format!("[{n}]{}", self.name(*e)),
            Type::Map(k, v) => format!("map[{}]{}", self.name(*k), self.name(*v)),
            &Type::Chan(dir, e) => self.chan_name(dir, e, |t| self.name(t)),
            Type::Struct(fs) => {
                let parts: Vec<String> = fs.iter().map(|f| f.decl(self.name(f.ty))).collect();
                format!("struct{{{}}}", parts.join("; "))
            }
            Type::Named(n, _) | Type::TypeParam(n, _) => n.clone(),
        }
    }

    /// `chan T`, `chan<- T` or `<-chan T`, with `elem` naming the element
    /// type (`chan (<-chan int)` needs the parentheses).
    pub fn chan_name(&self, dir: ChanDir, e: TypeId, elem: impl Fn(TypeId) -> String) -> String {
        let inner = elem(e);
        match dir {
            ChanDir::Both if matches!(self.get(e), Type::Chan(ChanDir::Recv, _)) => {
                format!("chan ({inner})")
            }
            ChanDir::Both => format!("chan {inner}"),
            ChanDir::Send => format!("chan<- {inner}"),
            ChanDir::Recv => format!("<-chan {inner}"),
        }
    }

    /// The channel direction and element type of a channel type.
    pub fn chan_of(&self, id: TypeId) -> Option<(ChanDir, TypeId)> {
        match *self.get(self.underlying(id)) {
            Type::Chan(dir, e) => Some((dir, e)),
            _ => None,
        }
    }

    /// `(int, string) bool` for a signature.
    /// [`TypeTable::signature_string`] without the names, as Go's `have`
    /// and `want` lines show signatures.
    pub fn signature_types_string(&self, sig: &Signature) -> String {
        self.signature_string(&Signature {
            names: Default::default(),
            ..sig.clone()
        })
    }

    /// A signature as Go prints a function type: `(x int, ys ...string)
    /// (n int)`, with the names it was declared with.
    pub fn signature_string(&self, sig: &Signature) -> String {
        // `name T` where the list names its entries.
        let list = |ts: &[TypeId], names: &[String]| -> Vec<String> {
            ts.iter()
                .enumerate()
                .map(|(i, &t)| match names.get(i) {
                    Some(n) => format!("{n} {}", self.name(t)),
                    None => self.name(t),
                })
                .collect()
        };
        let mut params = list(&sig.params, &sig.names.0);
        if sig.variadic
            && let (Some(last), Some(&t)) = (params.last_mut(), sig.params.last())
        {
            let elem = &self.name(t)[2..];
            *last = match sig.names.0.last() {
                Some(n) => format!("{n} ...{elem}"),
                None => format!("...{elem}"),
            };
        }
        let mut s = format!("({})", params.join(", "));
        let results = list(&sig.results, &sig.names.1);
        match results.as_slice() {
            [] => {}
            [r] if sig.names.1.is_empty() => {
                s.push(' ');
                s.push_str(r);
            }
            rs => s.push_str(&format!(" ({})", rs.join(", "))),
        }
        s
    }
}

/// What an expression is, once checked.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    /// A value computed at run time.
    Value,
    /// A constant with its exact value.
    Const(Const),
    /// The expression denotes a type.
    Type,
    /// A builtin function (only callable).
    Builtin(Builtin),
    /// A call that produces no value.
    NoValue,
}

/// The type and mode recorded for an expression.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeAndValue {
    pub ty: TypeId,
    pub mode: Mode,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Builtin {
    New,
    Delete,
    Append,
    Cap,
    Copy,
    Len,
    Make,
    Panic,
    Print,
    Println,
    Recover,
    Min,
    Max,
    Clear,
    Complex,
    Real,
    Imag,
    Close,
    /// One of package unsafe's functions, called like builtins.
    Unsafe(UnsafeFn),
}

/// Package unsafe's functions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnsafeFn {
    Sizeof,
    Alignof,
    Offsetof,
    Add,
    Slice,
    SliceData,
    String,
    StringData,
}

impl UnsafeFn {
    /// Every function, for the checker's lookup by name.
    pub const ALL: [UnsafeFn; 8] = [
        UnsafeFn::Sizeof,
        UnsafeFn::Alignof,
        UnsafeFn::Offsetof,
        UnsafeFn::Add,
        UnsafeFn::Slice,
        UnsafeFn::SliceData,
        UnsafeFn::String,
        UnsafeFn::StringData,
    ];

    /// The Go name, with its package: `unsafe.Sizeof`.
    pub fn name(self) -> &'static str {
        match self {
            UnsafeFn::Sizeof => "unsafe.Sizeof",
            UnsafeFn::Alignof => "unsafe.Alignof",
            UnsafeFn::Offsetof => "unsafe.Offsetof",
            UnsafeFn::Add => "unsafe.Add",
            UnsafeFn::Slice => "unsafe.Slice",
            UnsafeFn::SliceData => "unsafe.SliceData",
            UnsafeFn::String => "unsafe.String",
            UnsafeFn::StringData => "unsafe.StringData",
        }
    }
}

impl Builtin {
    /// Whether a call only computes a value, which the spec does not
    /// permit as a statement (nor after `go` or `defer`).
    pub fn value_only(self) -> bool {
        !matches!(
            self,
            Builtin::Copy
                | Builtin::Panic
                | Builtin::Print
                | Builtin::Println
                | Builtin::Recover
                | Builtin::Close
                | Builtin::Delete
                | Builtin::Clear
        )
    }

    pub fn name(self) -> &'static str {
        match self {
            Builtin::New => "new",
            Builtin::Delete => "delete",
            Builtin::Append => "append",
            Builtin::Cap => "cap",
            Builtin::Copy => "copy",
            Builtin::Len => "len",
            Builtin::Make => "make",
            Builtin::Panic => "panic",
            Builtin::Print => "print",
            Builtin::Println => "println",
            Builtin::Recover => "recover",
            Builtin::Min => "min",
            Builtin::Max => "max",
            Builtin::Clear => "clear",
            Builtin::Complex => "complex",
            Builtin::Real => "real",
            Builtin::Imag => "imag",
            Builtin::Close => "close",
            Builtin::Unsafe(f) => f.name(),
        }
    }
}

/// Identifies an object in [`Info::objs`].
pub type ObjId = u32;

/// What a name denotes.
#[derive(Clone, Debug, PartialEq)]
pub enum ObjKind {
    /// A variable; `global` for package-level ones.
    Var {
        global: bool,
    },
    Const(Const),
    TypeName,
    /// A function declared at package level.
    Func,
    Builtin(Builtin),
    /// A native function of an imported package.
    Native(crate::bytecode::Native),
    /// A variable of an imported package, read by calling the native
    /// (`os.Args`, `os.Stdout`, `io.EOF`).
    NativeVar(crate::bytecode::Native),
    Package(String),
    Nil,
    /// A generic function: usable only instantiated, each instance a `Func`.
    GenericFunc,
    /// A generic type: usable only instantiated, each instance a `Named`.
    GenericType,
}

#[derive(Clone, Debug)]
pub struct Obj {
    pub name: String,
    pub kind: ObjKind,
    pub ty: TypeId,
    /// Where it is declared (empty for universe objects).
    pub span: grammar::ast::Span,
    /// The function (by [`Info::funcs`] index) whose body declares it.
    pub func: Option<u32>,
    /// A closure refers to it: it lives in a heap cell.
    pub captured: bool,
    pub used: bool,
}

/// A function body the checker saw: a declaration or a literal.
#[derive(Clone, Debug)]
pub struct FuncInfo {
    pub sig: TypeId,
    /// The enclosing function of a literal.
    pub parent: Option<u32>,
    /// Parameters and results in order (results after parameters), `None`
    /// for unnamed ones.
    pub params: Vec<Option<ObjId>>,
    pub results: Vec<Option<ObjId>>,
    /// Variables of enclosing functions the body refers to, in first-use order.
    pub captures: Vec<ObjId>,
    pub has_defer: bool,
    /// `defer` statements in the body itself.
    pub defers: u32,
    /// Some `defer` may run more than once or defers to this function from
    /// elsewhere (a loop, a `goto`, a range-over-func body): its defers
    /// cannot be open-coded.
    pub defers_not_open: bool,
    /// For the body of a range-over-func loop, compiled as the `yield`
    /// function: the loop's state variable (0 running, 1 after `break`,
    /// 2 after `return`), which the enclosing function owns.
    pub range_state: Option<ObjId>,
    /// For a function with range-over-func loops that `return` from it
    /// and unnamed results: variables holding the results until the loop
    /// ends, allocated on entry.
    pub range_results: Vec<ObjId>,
    /// For a function whose range-over-func loop bodies defer calls: the
    /// variable holding its frame, which those bodies defer to.
    pub range_frame: Option<ObjId>,
}

/// The most `defer` statements a function may open-code (bits of its mask
/// that the exit path tests one by one).
pub const MAX_OPEN_DEFERS: u32 = 8;

impl FuncInfo {
    /// Whether the function's defers are open-coded: few, each run at most
    /// once, all its own (see "Defer, panic, recover" in ARCHITECTURE.md).
    pub fn open_coded_defers(&self) -> bool {
        self.has_defer && !self.defers_not_open && self.defers <= MAX_OPEN_DEFERS
    }
}

/// Everything the checker learned about a file.
#[derive(Clone, Debug, Default)]
pub struct Info {
    pub types: TypeTable,
    /// Indexed by `NodeId`.
    pub exprs: Vec<Option<TypeAndValue>>,
    /// Object denoted by each identifier expression, indexed by `NodeId`.
    pub uses: Vec<Option<ObjId>>,
    /// Object declared by the identifier at each byte offset.
    pub defs: HashMap<u32, ObjId>,
    pub objs: Vec<Obj>,
    /// Function bodies: keyed by the span start of the declaration or literal.
    pub funcs: Vec<FuncInfo>,
    pub func_index: HashMap<u32, u32>,
    /// Package-level variables and functions, in declaration order, and the
    /// order package-level variables are initialized in.
    pub init_order: Vec<ObjId>,
    /// Methods of defined types, by type and name.
    pub methods: HashMap<(TypeId, String), Method>,
    /// What each selector expression `x.f` selects, by `NodeId`.
    pub selections: HashMap<grammar::ast::NodeId, Selection>,
    /// The variable a type switch clause binds (`switch v := x.(type)`), by
    /// the clause's span start.
    pub switch_vars: HashMap<u32, ObjId>,
    /// Map index expressions and type assertions read with `v, ok := ...`.
    pub comma_ok: std::collections::HashSet<grammar::ast::NodeId>,
    /// Composite literals with an elided `&T` (elements of type `*T`):
    /// each is the address of a new `T`.
    pub elided_addr: std::collections::HashSet<grammar::ast::NodeId>,
    /// The instances of generic functions and methods: copies of their
    /// declarations, relocated to spans beyond the file (see [`Info::offset`]).
    pub instances: Vec<&'static grammar::ast::FuncDecl>,
    /// The package-level variables of packages written in Go that the
    /// program uses, each with its declaration, in the order they are
    /// initialized (before the program's own: each after those its
    /// initializer names).
    pub package_vars: Vec<(ObjId, &'static grammar::ast::ValueSpec)>,
    /// The size of a region of the span space past [`SPAN_BASE`]: more than
    /// the file and any package written in Go.
    pub span_stride: u32,
}

/// The types of objects and the underlying types of defined types as the
/// source spelled them, where [`Info::canonicalize`] replaced them.
#[derive(Clone, Debug, Default)]
pub struct Spellings {
    objs: Vec<(ObjId, TypeId)>,
    underlying: Vec<(TypeId, TypeId)>,
}

/// A method declaration.
#[derive(Clone, Debug)]
pub struct Method {
    /// The function object; its type has the receiver as first parameter.
    pub func: ObjId,
    /// `func (p *T) M()`.
    pub pointer_recv: bool,
    /// The signature without the receiver, as calls see it.
    pub sig: TypeId,
}

/// One step from a struct value to one of its fields: the field's index,
/// and whether the value is reached through a pointer first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub index: usize,
    pub deref: bool,
}

/// What a selector selects.
#[derive(Clone, Debug, PartialEq)]
pub enum Selection {
    /// A field, reached through embedded fields along `path` (the last step
    /// is the field itself).
    Field { path: Vec<Step> },
    /// A method called on the operand, or on the embedded field `path`
    /// leads to: take its address first (`addr`), or dereference it
    /// (`deref`), to match the receiver.
    Method {
        func: ObjId,
        addr: bool,
        deref: bool,
        path: Vec<Step>,
    },
    /// A method of an interface value (the operand, or the embedded
    /// interface field `path` leads to), called through its dynamic type.
    IfaceMethod { name: String, path: Vec<Step> },
    /// A method expression `T.M` / `(*T).M`: a function taking the
    /// receiver first. `recv` is `T` (or `*T`); the method is found as a
    /// selector on a value of that type would find it.
    MethodExpr { recv: TypeId, name: String },
}

impl Info {
    /// The checked expression `e` receives from a channel or calls a
    /// function (conversions and builtins with constant results aside), so
    /// `len(e)` of an array must evaluate it.
    pub fn has_call_or_recv(&self, e: &grammar::ast::Expr) -> bool {
        use grammar::ast::{ExprKind, UnaryOp};
        let mode = |e: &grammar::ast::Expr| {
            self.exprs
                .get(e.id as usize)
                .and_then(|t| t.as_ref())
                .map(|t| &t.mode)
        };
        if matches!(mode(e), Some(Mode::Const(_))) {
            return false;
        }
        match &e.kind {
            // A conversion is no call (`[2]int(s[:2])`).
            ExprKind::Call { fun, args, .. } if mode(fun) == Some(&Mode::Type) => {
                args.iter().any(|a| self.has_call_or_recv(a))
            }
            ExprKind::Call { .. } | ExprKind::Unary(UnaryOp::Recv, _) => true,
            ExprKind::Paren(x)
            | ExprKind::Unary(_, x)
            | ExprKind::Star(x)
            | ExprKind::Selector(x, _) => self.has_call_or_recv(x),
            ExprKind::Binary(_, x, y) => self.has_call_or_recv(x) || self.has_call_or_recv(y),
            ExprKind::Index(x, idx) => {
                self.has_call_or_recv(x) || idx.iter().any(|i| self.has_call_or_recv(i))
            }
            ExprKind::Slice { x, lo, hi, max, .. } => {
                self.has_call_or_recv(x)
                    || [lo, hi, max]
                        .into_iter()
                        .flatten()
                        .any(|i| self.has_call_or_recv(i))
            }
            ExprKind::TypeAssert(x, _) => self.has_call_or_recv(x),
            // `[4]float64{real(z)}`; a function literal's body is not
            // evaluated, as Go checks it later.
            ExprKind::CompositeLit { elts, .. } => elts.iter().any(|el| {
                el.key.as_ref().is_some_and(|k| self.has_call_or_recv(k))
                    || self.has_call_or_recv(&el.value)
            }),
            _ => false,
        }
    }

    /// Replaces every type the checker recorded by its canonical form
    /// (see [`TypeTable`]), once checking is done: the compiler and the
    /// runtime know types by identity, and print `uint8` where the source
    /// said `byte`, as Go's runtime does. Returns what a REPL session's
    /// next input puts back ([`Info::respell`]), so that its messages
    /// spell earlier declarations as written; type names keep their types
    /// as spelled anyway.
    pub fn canonicalize(&mut self) -> Spellings {
        let underlying = self.types.canonicalize();
        let t = &self.types;
        for tv in self.exprs.iter_mut().flatten() {
            tv.ty = t.canon(tv.ty);
        }
        let mut objs = Vec::new();
        for (id, o) in self.objs.iter_mut().enumerate() {
            let c = t.canon(o.ty);
            if o.kind != ObjKind::TypeName && c != o.ty {
                objs.push((id as ObjId, o.ty));
                o.ty = c;
            }
        }
        for f in &mut self.funcs {
            f.sig = t.canon(f.sig);
        }
        for m in self.methods.values_mut() {
            m.sig = t.canon(m.sig);
        }
        for s in self.selections.values_mut() {
            if let Selection::MethodExpr { recv, .. } = s {
                *recv = t.canon(*recv);
            }
        }
        Spellings { objs, underlying }
    }

    /// Puts back the types as spelled that [`Info::canonicalize`] replaced.
    pub fn respell(&mut self, s: &Spellings) {
        for &(o, ty) in &s.objs {
            self.objs[o as usize].ty = ty;
        }
        for &(named, u) in &s.underlying {
            self.types.set_underlying(named, u);
        }
    }

    pub fn tv(&self, id: grammar::ast::NodeId) -> &TypeAndValue {
        self.exprs[id as usize]
            .as_ref()
            .expect("the checker records every expression it accepts")
    }

    pub fn obj(&self, id: ObjId) -> &Obj {
        &self.objs[id as usize]
    }

    /// The object declared by the identifier at `span`.
    pub fn def(&self, span: grammar::ast::Span) -> Option<ObjId> {
        self.defs.get(&span.start).copied()
    }

    /// The byte offset in its source of an offset in the span space: the
    /// file's spans are below [`SPAN_BASE`]; above it, regions of
    /// `span_stride` bytes hold the instances of generic declarations and
    /// the packages written in Go.
    pub fn offset(&self, at: u32) -> u32 {
        at - self.region(at)
    }

    /// Where the region of the span space holding `at` starts.
    pub fn region(&self, at: u32) -> u32 {
        if at < SPAN_BASE {
            return 0;
        }
        at - (at - SPAN_BASE) % self.span_stride.max(1)
    }

    pub fn func_at(&self, span: grammar::ast::Span) -> &FuncInfo {
        &self.funcs[self.func_index[&span.start] as usize]
    }
}
